// The readers' limits, apart from the readers, so choosing one does not load it.

/**
 * Smaller files keep the `yaml` parser, which places every key and value exactly and words every
 * syntax error; past this the event stream reads the same data and places about seven times faster.
 */
export const LARGE_YAML_CHARS = 32 * 1024;

/** Up to this size a YAML file the event stream refuses is re-read by the `yaml` parser, whose verdict counts. */
export const WORDED_YAML_CHARS = 2 * 1024 * 1024;
