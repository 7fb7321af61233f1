"""JupyterLab settings every user shares: the interface language of the course."""

import os
from pathlib import Path

c = get_config()  # noqa: F821

# overrides.json there sets JupyterLab's default language (users can still change it).
_locale = "en" if os.environ.get("SMM_COURSE_LANG") == "en" else "it"
c.LabApp.app_settings_dir = str(Path(__file__).parent / "lab-settings" / _locale)
