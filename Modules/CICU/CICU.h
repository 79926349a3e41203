// Intentionally empty: see module.modulemap. ICUBridge includes <unicode/*.h> itself.
