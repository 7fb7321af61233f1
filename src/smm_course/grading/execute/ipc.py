"""Kernels on Unix sockets with unique names, so parallel kernels never race for a TCP port.

With TCP, jupyter_client picks free ports and the kernel binds them a moment later; two
kernels starting at once sometimes get the same port ("Address already in use", then
"Kernel died before replying to kernel_info").
"""

from __future__ import annotations

import os
import tempfile
import uuid
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets import default


def _socket_dir() -> Path:
    """A folder for this user's kernel sockets (never one another user created or can enter)."""
    folder = Path(tempfile.gettempdir()) / f"smm-course-kernels-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
        if info.st_uid == os.getuid() and folder.is_dir() and not folder.is_symlink():
            folder.chmod(0o700)
            return folder
    except OSError:
        pass
    return Path(tempfile.mkdtemp(prefix="smm-course-kernels-"))


class IPCKernelManager(AsyncKernelManager):
    """A kernel manager whose kernels listen on Unix sockets with a unique name."""

    @default("transport")
    def _default_transport(self) -> str:
        return "ipc" if os.name == "posix" else "tcp"

    @default("ip")
    def _default_ip(self) -> str:
        if self.transport != "ipc":
            return "127.0.0.1"
        # jupyter_client removes the socket files <ip>-<port> when the kernel shuts down.
        return str(_socket_dir() / uuid.uuid4().hex[:12])
