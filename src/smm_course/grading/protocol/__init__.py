"""The wire between the sandbox and the trusted side: framed JSON messages and answer values.

Both sides import this package; nothing here unpickles or evaluates what it reads.
"""

from smm_course.grading.protocol.framing import Channel, ChannelClosed, ChannelTimeout

__all__ = ["Channel", "ChannelClosed", "ChannelTimeout"]
