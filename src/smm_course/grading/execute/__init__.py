"""How code runs: the sandboxed fork executor for submissions, nbclient for trusted notebooks."""
