"""An IPython extension for nbgrader's Validate: a missing answer in words, not a traceback.

Loaded in the kernel that nbgrader's Validate button starts (see `c.Execute.extra_arguments`
in the course's nbgrader_config.py): a `NameError` in a cell becomes one line in the
learner's language naming the missing name, and the stub of an unanswered cell says so;
every other error is shown as usual.
"""

from __future__ import annotations

from typing import Any

from smm_course.i18n import t

__all__ = ["KERNEL_ARGUMENT", "load_ipython_extension", "name_error_message"]

KERNEL_ARGUMENT = f"--IPKernelApp.extra_extensions={__name__}"


def name_error_message(error: BaseException) -> str:
    """The sentence for a `NameError`: which name is missing and what to do."""
    name = getattr(error, "name", None)
    if not name:
        text = str(error)
        name = text.split("'")[1] if text.count("'") >= 2 else text
    return t("grading.validate.kernel_name_error", name=name)


def _show(shell: Any, etype: type, value: BaseException, tb: Any, tb_offset: Any = None) -> Any:
    if issubclass(etype, NameError):
        message = name_error_message(value)
    elif issubclass(etype, NotImplementedError) and not value.args:
        message = t("grading.validate.kernel_not_answered")  # the stub of an answer cell
    else:  # a NotImplementedError of the learner's own: the usual traceback
        stb = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
        shell._showtraceback(etype, value, stb)
        return stb
    stb = [f"\x1b[0;31m{etype.__name__}\x1b[0m: {message}"]
    shell._showtraceback(etype, value, stb)
    return stb


def load_ipython_extension(ipython: Any) -> None:
    """Install the handler (IPython calls this for `--ext` / `extra_extensions`)."""
    ipython.set_custom_exc((NameError, NotImplementedError), _show)
