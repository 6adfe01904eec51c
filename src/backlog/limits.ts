// The readers' limits, apart from the readers, so choosing one does not load it.

/** Smaller files keep the `yaml` parser, which places every key and value exactly. */
export const LARGE_YAML_CHARS = 2 * 1024 * 1024;
