"""JupyterHub for the course on one server: unix accounts, one JupyterLab process per user.

Start it as root:  SMM_HUB_ADMIN_TOKEN=... jupyterhub -f deploy/jupyterhub/jupyterhub_config.py
Every setting comes from an SMM_HUB_* environment variable (see docs/instructor-hub.en.md);
`smm-course hub check` verifies the same settings before class.
"""

import os
from pathlib import Path

from smm_course.hub.classroom import HubSettings, user_environment
from smm_course.hub.exchange import prepare_exchange

c = get_config()  # noqa: F821 (provided by JupyterHub when it loads this file)

HERE = Path(__file__).resolve().parent
settings = HubSettings.from_env(deploy_dir=HERE)

# -- network: the public address, the hub and the proxy's API stay on this machine
c.JupyterHub.bind_url = settings.bind_url
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{settings.hub_port}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{settings.proxy_api_port}"
c.ConfigurableHTTPProxy.command = [settings.proxy]

# -- the hub's own state (database, cookie secret), private to root
state = settings.state_dir
state.mkdir(mode=0o700, parents=True, exist_ok=True)
c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = str(state / "jupyterhub_cookie_secret")
c.JupyterHub.pid_file = str(state / "jupyterhub.pid")
c.ConfigurableHTTPProxy.pid_file = str(state / "jupyterhub-proxy.pid")
c.JupyterHub.cleanup_servers = True
c.JupyterHub.cleanup_proxy = True

# -- who may log in: the unix accounts (PAM) of the two course groups
c.JupyterHub.authenticator_class = "pam"
c.PAMAuthenticator.allowed_groups = {settings.instructor_group, settings.student_group}
c.Authenticator.admin_users = set(settings.admin_users)

# -- one JupyterLab per user, running as that user (file permissions keep students apart)
c.JupyterHub.spawner_class = "localprocess"
c.Spawner.cmd = [str(settings.singleuser)]
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 90
c.Spawner.environment = {"LANG": "C.UTF-8"}


def role_environment(spawner):
    """Give each server its role's configuration (formgrader or Assignments panel)."""
    spawner.environment = {
        **spawner.environment,
        **user_environment(settings, spawner.user.name),
    }


c.Spawner.pre_spawn_hook = role_environment

# -- an API token for the administrator's scripts (start/stop servers, list users)
if settings.admin_token:
    c.JupyterHub.services = [{"name": "smm-course-admin", "api_token": settings.admin_token}]
    c.JupyterHub.load_roles = [
        {
            "name": "smm-course-admin",
            "scopes": ["admin:users", "admin:servers", "list:users", "read:users"],
            "services": ["smm-course-admin"],
        }
    ]

# -- the nbgrader exchange: root-owned, mode 1777; the course folder belongs to the instructor
for action in prepare_exchange(settings):
    print(f"[smm-course] exchange: {action}", flush=True)

if os.environ.get("SMM_HUB_DEBUG"):
    c.JupyterHub.log_level = "DEBUG"
