"""Lists and rules as data files, read through ``research.data.load``."""
