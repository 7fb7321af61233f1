"""The marketing frameworks of the course: canonical content, no widgets and no I/O."""
