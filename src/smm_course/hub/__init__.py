"""The course on a shared server: JupyterHub settings, unix accounts and a readiness check."""
