"""nbgrader settings every user shares: where the exchange is and which course this is."""

import os

c = get_config()  # noqa: F821

c.Exchange.root = os.environ.get("SMM_HUB_EXCHANGE", "/srv/smm-course/exchange")
c.CourseDirectory.course_id = os.environ.get("SMM_HUB_COURSE_ID", "smm-strategia")

# nbgrader's own words in the course's language (SMM_COURSE_LANG, Italian by default): the
# Validate dialog's messages, a missing answer instead of a NameError traceback, feedback pages.
try:
    from smm_course.grading.nbgrader_language import use_course_language
except ImportError:  # a server without the course installed: nbgrader's English stays
    pass
else:
    use_course_language(c)
