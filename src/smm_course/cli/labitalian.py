"""Server extension: JupyterLab's Italian, completed with the strings its language pack lacks.

The Italian language pack translates only part of JupyterLab, so menus mix the two
languages ("Riavvia Kernel and Esegui Tutte le Celle…"). `smm-course start` enables this
module (`--ServerApp.jpserver_extensions=smm_course.cli.labitalian=True`); it adds the
course's tables (locales/jupyterlab/it_IT.json for JupyterLab itself, it_IT.<domain>.json
for the extensions with a domain of their own: notebook, jupyterlab_widgets, rise) wherever
the pack has no translation:
- the interface strings, through a translations address of its own that the pages use
  (page config `translationsApiUrl`), answering what JupyterLab answers plus the table;
- the menu titles, which the server translates from the settings schemas.
The pack's own translations win, except the few it gets wrong that a table's header lists
under "corrects" (the pack's "Vai all Linea…"); other languages are untouched.
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
def supplement(locale: str, domain: str = DOMAIN) -> dict[str, list[str]]:
    """The course's translations of `domain`'s strings into `locale` (empty if none)."""
    name = f"{locale}.json" if domain == DOMAIN else f"{locale}.{domain}.json"
    path = resources.files("smm_course") / "locales" / "jupyterlab" / name
    if not path.is_file():
        return {}
    table = json.loads(path.read_text(encoding="utf-8"))
    return {key: value for key, value in table.items() if key}


@functools.cache
def corrections(locale: str, domain: str = DOMAIN) -> frozenset[str]:
    """The strings whose language-pack translation the course's table replaces."""
    path = resources.files("smm_course") / "locales" / "jupyterlab" / f"{locale}.json"
    if domain != DOMAIN or not path.is_file():
        return frozenset()
    header = json.loads(path.read_text(encoding="utf-8")).get("", {})
    return frozenset(header.get("corrects", ()))


@functools.cache
def _domains(locale: str) -> tuple[str, ...]:
    """The domains the course has a table for in `locale`, JupyterLab's first."""
    folder = resources.files("smm_course") / "locales" / "jupyterlab"
    prefix = f"{locale}."
    others = sorted(
        entry.name[len(prefix) : -len(".json")]
        for entry in folder.iterdir()
        if entry.name.startswith(prefix) and entry.name.endswith(".json")
        and entry.name != f"{locale}.json"
    )  # fmt: skip
    return (DOMAIN, *others)


def completed(locale: str, data: dict[str, Any]) -> dict[str, Any]:
    """The language pack's data with the missing strings of every domain added."""
    if DOMAIN not in data or not supplement(locale):  # no pack installed: nothing to complete
        return data
    result = dict(data)
    for name in _domains(locale):
        domain = dict(data.get(name) or {"": {**data[DOMAIN][""], "domain": name}})
        fixed = corrections(locale, name)
        for key, value in supplement(locale, name).items():
            if key in fixed:
                domain[key] = value
            else:
                domain.setdefault(key, value)
        result[name] = domain
    return result


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
        if text != msgid:
            return text
        table = supplement(getattr(self, "_locale", ""), getattr(self, "_domain", DOMAIN))
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
