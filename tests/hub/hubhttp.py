"""Talk to the hub and the users' servers over HTTP, as the browser and JupyterLab do."""

from __future__ import annotations

import contextlib
import time
from typing import Any

import requests

TIMEOUT = 60


class HubError(AssertionError):
    """The hub answered something a working classroom never answers."""


class Admin:
    """The administrator's API token (the service defined in jupyterhub_config.py)."""

    def __init__(self, url: str, token: str) -> None:
        self.url = url
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"token {token}"

    def api(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """Call /hub/api/<path>."""
        return self.http.request(method, f"{self.url}/hub/api/{path}", timeout=TIMEOUT, **kwargs)

    def start_server(self, name: str) -> None:
        """Ask the hub to start a user's server (does not wait for it)."""
        reply = self.api("POST", f"users/{name}/server")
        if reply.status_code not in (201, 202):
            raise HubError(f"start {name}: {reply.status_code} {reply.text[:300]}")

    def wait_ready(self, name: str, timeout: float = 120) -> None:
        """Wait until a user's server answers through the hub."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            servers = self.api("GET", f"users/{name}").json().get("servers", {})
            if servers.get("", {}).get("ready"):
                return
            time.sleep(0.25)
        raise HubError(f"the server of {name} did not start in {timeout} s")

    def stop_server(self, name: str) -> None:
        """Stop a user's server (ignore errors: used while cleaning up)."""
        with contextlib.suppress(requests.RequestException):
            self.api("DELETE", f"users/{name}/server")


class Browser:
    """One user's browser session: the hub login cookie, then their server's cookies."""

    def __init__(self, url: str, name: str, password: str) -> None:
        self.url = url
        self.name = name
        self.password = password
        self.http = requests.Session()

    def login(self) -> requests.Response:
        """Log in through the hub's form, as a person would."""
        self.http.get(f"{self.url}/hub/login", timeout=TIMEOUT)
        return self.http.post(
            f"{self.url}/hub/login?next=",
            data={"username": self.name, "password": self.password, "_xsrf": self._xsrf("/hub/")},
            allow_redirects=False,
            timeout=TIMEOUT,
        )

    def _xsrf(self, path: str) -> str:
        # The hub and every server set their own _xsrf cookie: pick the one for `path`.
        for cookie in self.http.cookies:
            if cookie.name == "_xsrf" and cookie.path == path:
                return cookie.value or ""
        return ""

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        """GET a path of the hub site (e.g. /user/<name>/lab), following redirects."""
        return self.http.get(f"{self.url}{path}", timeout=TIMEOUT, **kwargs)

    def post(self, path: str, server: str | None = None, **kwargs: Any) -> requests.Response:
        """POST to a server path with that server's XSRF token (as JupyterLab sends it)."""
        owner = server or self.name
        headers = {"X-XSRFToken": self._xsrf(f"/user/{owner}/")}
        return self.http.post(f"{self.url}{path}", headers=headers, timeout=TIMEOUT, **kwargs)

    def put(self, path: str, **kwargs: Any) -> requests.Response:
        """PUT to the user's own server with its XSRF token."""
        headers = {"X-XSRFToken": self._xsrf(f"/user/{self.name}/")}
        return self.http.put(f"{self.url}{path}", headers=headers, timeout=TIMEOUT, **kwargs)

    def open_lab(self) -> requests.Response:
        """Open JupyterLab (goes through the OAuth handshake the first time)."""
        return self.get(f"/user/{self.name}/lab")

    def assignments(self, action: str, course_id: str, assignment: str) -> dict[str, Any]:
        """One call of the Assignments panel: fetch, submit or fetch_feedback."""
        reply = self.post(
            f"/user/{self.name}/assignments/{action}",
            data={"course_id": course_id, "assignment_id": assignment},
        )
        if reply.status_code != 200:
            raise HubError(f"{self.name} {action}: {reply.status_code} {reply.text[:300]}")
        return reply.json()

    def notebook(self, path: str) -> dict[str, Any]:
        """A notebook of the user's server, through the contents API."""
        reply = self.get(f"/user/{self.name}/api/contents/{path}?content=1&type=notebook")
        if reply.status_code != 200:
            raise HubError(f"{self.name} GET {path}: {reply.status_code} {reply.text[:300]}")
        return reply.json()["content"]

    def save_notebook(self, path: str, content: dict[str, Any]) -> None:
        """Save a notebook as JupyterLab does."""
        reply = self.put(
            f"/user/{self.name}/api/contents/{path}",
            json={"type": "notebook", "format": "json", "content": content},
        )
        if reply.status_code not in (200, 201):
            raise HubError(f"{self.name} PUT {path}: {reply.status_code} {reply.text[:300]}")

    def formgrader(self, action: str, assignment: str) -> dict[str, Any]:
        """Press a button of the instructor's formgrader (release, collect, release_feedback)."""
        reply = self.post(f"/user/{self.name}/formgrader/api/assignment/{assignment}/{action}")
        if reply.status_code != 200 or not reply.json().get("success"):
            raise HubError(f"formgrader {action}: {reply.status_code} {reply.text[:1500]}")
        return reply.json()
