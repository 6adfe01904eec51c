// The readers' limits, apart from the readers, so choosing one does not load it.

/**
 * The event stream (or, for the common shape, plain-yaml.ts) reads every YAML file first: the
 * same data and places as the `yaml` parser, about seven times faster, and far faster from a cold
 * start. A smaller file in which it finds anything to say (an error or a warning) is read again
 * by the `yaml` parser, which places every key and value exactly and words every problem, and
 * whose verdict counts.
 */
export const LARGE_YAML_CHARS = 32 * 1024;

/** Up to this size a YAML file the event stream refuses is re-read by the `yaml` parser, whose verdict counts. */
export const WORDED_YAML_CHARS = 2 * 1024 * 1024;
