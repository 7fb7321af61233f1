"""nbgrader settings every user shares: where the exchange is and which course this is."""

import os

c = get_config()  # noqa: F821

c.Exchange.root = os.environ.get("SMM_HUB_EXCHANGE", "/srv/smm-course/exchange")
c.CourseDirectory.course_id = os.environ.get("SMM_HUB_COURSE_ID", "smm-strategia")
