"""Server extension: JupyterLab's Italian, completed with the strings its language pack lacks.

The Italian language pack translates only part of JupyterLab, so menus mix the two
languages ("Riavvia Kernel and Esegui Tutte le Celle…"). `smm-course start` enables this
module (`--ServerApp.jpserver_extensions=smm_course.cli.labitalian=True`); it adds the
course's table (locales/jupyterlab/it_IT.json) wherever the pack has no translation:
- the interface strings, through a translations address of its own that the pages use
  (page config `translationsApiUrl`), answering what JupyterLab answers plus the table;
- the menu titles, which the server translates from the settings schemas.
The pack's own translations always win; other languages are untouched.
"""

from __future__ import annotations

import asyncio
import functools
import json
from importlib import resources
from typing import Any

__all__ = ["API_URL", "completed", "supplement"]

API_URL = "/smm-course/api/translations"
DOMAIN = "jupyterlab"


@functools.cache
def supplement(locale: str) -> dict[str, list[str]]:
    """The course's translations of JupyterLab's strings into `locale` (empty if none)."""
    path = resources.files("smm_course") / "locales" / "jupyterlab" / f"{locale}.json"
    if not path.is_file():
        return {}
    table = json.loads(path.read_text(encoding="utf-8"))
    return {key: value for key, value in table.items() if key}


def completed(locale: str, data: dict[str, Any]) -> dict[str, Any]:
    """The language pack's data with the missing JupyterLab strings added."""
    extra = supplement(locale)
    if not extra or DOMAIN not in data:  # no pack installed: nothing to complete
        return data
    domain = dict(data[DOMAIN])
    for key, value in extra.items():
        domain.setdefault(key, value)
    return {**data, DOMAIN: domain}


def _handler_class() -> type:
    from jupyter_server.base.handlers import APIHandler
    from jupyter_server.utils import url_path_join
    from jupyterlab_server import translation_utils as lab
    from tornado import web

    class TranslationsHandler(APIHandler):
        """JupyterLab's translations of a language, completed by the course's table."""

        @web.authenticated
        async def get(self, locale: str = "") -> None:
            if not locale:  # the list of languages: JupyterLab's own answer
                self.redirect(url_path_join(self.base_url, "lab", "api", "translations", ""))
                return
            locale = lab.SYS_LOCALE if locale == "default" else locale
            loop = asyncio.get_running_loop()
            data, message = await loop.run_in_executor(None, lab.get_language_pack, locale)
            if data and lab.is_valid_locale(locale):
                lab.translator.set_locale(locale)  # as JupyterLab does: schemas follow
            elif not data and not message:
                message = f"Language pack '{locale}' not installed!"
            self.finish(json.dumps({"data": completed(locale, data), "message": message}))

    return TranslationsHandler


def _complete_schema_translations() -> None:
    from jupyterlab_server.translation_utils import TranslationBundle

    original = TranslationBundle.pgettext
    if getattr(original, "completed_by_smm_course", False):
        return

    def pgettext(self: Any, msgctxt: str, msgid: str) -> str:
        text = original(self, msgctxt, msgid)
        if text != msgid or getattr(self, "_domain", None) != DOMAIN:
            return text
        table = supplement(getattr(self, "_locale", ""))
        value = table.get(f"{msgctxt}\x04{msgid}") or table.get(msgid)
        return value[0] if value else text

    pgettext.completed_by_smm_course = True  # type: ignore[attr-defined]
    TranslationBundle.pgettext = pgettext  # type: ignore[method-assign]


def _jupyter_server_extension_points() -> list[dict[str, str]]:
    return [{"module": "smm_course.cli.labitalian"}]


def _load_jupyter_server_extension(serverapp: Any) -> None:
    from jupyter_server.utils import url_path_join

    web_app = serverapp.web_app
    base_url = web_app.settings.get("base_url", "/")
    # ".../translations" lists the languages, ".../translations/it_IT" gives one
    pattern = url_path_join(base_url, API_URL) + "/?(?P<locale>[^/]*)"
    web_app.add_handlers(".*$", [(pattern, _handler_class())])
    _complete_schema_translations()
    previous = web_app.settings.get("page_config_hook")

    def hook(handler: Any, page_config: dict[str, Any]) -> dict[str, Any]:
        if previous is not None:
            page_config = previous(handler, page_config)
        page_config["translationsApiUrl"] = API_URL
        page_config["fullTranslationsApiUrl"] = url_path_join(base_url, API_URL)
        return page_config

    web_app.settings["page_config_hook"] = hook
