"""The tests' own notebook runs use the course's Unix-socket kernels (no port races)."""

from smm_course.grading.execute.ipc import IPCKernelManager

__all__ = ["IPCKernelManager"]
