"""nbgrader settings of the instructor: the formgrader works on the course folder."""

import os
from pathlib import Path

c = get_config()  # noqa: F821

_root = Path(os.environ.get("SMM_HUB_COURSE_ROOT") or Path("~/smm-course/course").expanduser())
_course_config = _root / "nbgrader_config.py"
if _course_config.is_file():
    # The course's own settings (solutions/exercises folders, timeouts, feedback) apply
    # in the formgrader and in every nbgrader command, wherever it is started.
    load_subconfig(str(_course_config))  # noqa: F821
c.CourseDirectory.root = str(_root)
# Students look for the course under this id in the exchange: it must be the hub's.
c.CourseDirectory.course_id = os.environ.get("SMM_HUB_COURSE_ID", "smm-strategia")
