"""The built-in exporters. Each module is a plugin that registers its formats through the
same ``register_exporters`` hook as a third-party package; ``quotecheck.plugins`` registers
them by module name."""
