"""`smm-course start`: the learner's server has no nbgrader tools, the instructor's has them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from smm_course.cli import lab_instructor
from smm_course.cli.lab import HIDDEN_FROM_INSTRUCTORS, HIDDEN_FROM_LEARNERS, disable_extensions
from smm_course.cli.start import NBGRADER_SERVER_EXTENSIONS, instructor_folder, lab_command
from smm_course.errors import UserError
from smm_course.i18n import set_language


def _args(instructor: bool) -> argparse.Namespace:
    return argparse.Namespace(
        ip="127.0.0.1", port=None, no_browser=True, jupyter_args=[], instructor=instructor
    )


def test_the_learners_server_loads_no_nbgrader_extension(tmp_path):
    command = lab_command(tmp_path, _args(instructor=False))
    for name in NBGRADER_SERVER_EXTENSIONS:
        assert f"--ServerApp.jpserver_extensions={name}=False" in command
    assert "--ServerApp.jpserver_extensions=smm_course.cli.lab=True" in command
    assert "--LabApp.default_url=/lab/tree/lessons/00_benvenuto.ipynb" in command


def test_the_instructors_server_keeps_nbgrader_and_opens_the_formgrader(tmp_path):
    command = lab_command(tmp_path, _args(instructor=True))
    switched_off = {
        arg.split("=")[1] for arg in command if "nbgrader" in arg and arg.endswith("=False")
    }
    # Formgrader, Create Assignment and Validate stay; only the exchange's tools are off
    assert switched_off == {
        "nbgrader.server_extensions.assignment_list",
        "nbgrader.server_extensions.course_list",
    }
    assert not [arg for arg in command if "cli.lab=" in arg]
    assert "--ServerApp.jpserver_extensions=smm_course.cli.lab_instructor=True" in command
    assert "--ServerApp.jpserver_extensions=smm_course.cli.labitalian=True" in command
    assert "--LabApp.default_url=/lab?formgrader=true" in command


def test_the_instructors_pages_have_no_assignment_list_and_no_courses():
    class App:  # what a server extension sees of the server
        web_app = SimpleNamespace(settings={"page_config_hook": lambda _h, page: page})

    lab_instructor._load_jupyter_server_extension(App)
    hook = App.web_app.settings["page_config_hook"]
    page = hook(None, {"disabledExtensions": ["@jupyterlab/mathjax2-extension:plugin"]})
    assert set(page["disabledExtensions"]) == {
        "@jupyterlab/mathjax2-extension:plugin",
        "@jupyter/nbgrader:assignment-list",
        "@jupyter/nbgrader:course-list",
    }  # the Formgrader, Create Assignment, Validate and nbgrader's menu stay


def test_the_hidden_plugins_are_nbgraders_own():
    """The plugin names match the nbgrader installed: a rename would show the errors again."""
    import nbgrader

    bundle = Path(nbgrader.__file__).parent / "labextension" / "static"
    if not bundle.is_dir():  # nbgrader installed as a wheel keeps it under share/jupyter
        bundle = Path(sys.prefix, "share", "jupyter", "labextensions", "@jupyter", "nbgrader")
    code = "".join(p.read_text(encoding="utf-8") for p in bundle.rglob("*.js"))
    for plugin in (*HIDDEN_FROM_INSTRUCTORS, "@jupyter/nbgrader:formgrader"):
        assert f'"{plugin}"' in code


def test_the_terminal_is_not_a_login_shell_that_would_reset_path(tmp_path):
    command = lab_command(tmp_path, _args(instructor=False))
    (setting,) = [arg for arg in command if arg.startswith("--ServerApp.terminado_settings=")]
    assert "'shell_command'" in setting and "-l" not in setting


@pytest.mark.parametrize(
    "config",
    [
        {},
        {"disabledExtensions": ["@jupyterlab/mathjax2-extension:plugin"]},
        {"disabledExtensions": {"@jupyterlab/mathjax2-extension:plugin": True, "x": False}},
    ],
)
def test_nbgrader_is_hidden_from_the_learners_pages(config):
    page = disable_extensions(dict(config), HIDDEN_FROM_LEARNERS)
    page = disable_extensions(page, HIDDEN_FROM_LEARNERS)  # every request: still listed once
    assert page["disabledExtensions"].count("@jupyter/nbgrader") == 1
    assert "x" not in page["disabledExtensions"]
    if config:
        assert "@jupyterlab/mathjax2-extension:plugin" in page["disabledExtensions"]


def test_instructor_mode_outside_the_course_says_what_to_do(tmp_path):
    set_language("it")
    with pytest.raises(UserError, match=r"non trovo course/nbgrader_config\.py"):
        instructor_folder(str(tmp_path))
    (tmp_path / "course").mkdir()
    (tmp_path / "course" / "nbgrader_config.py").write_text("c = get_config()\n")
    assert instructor_folder(str(tmp_path)) == tmp_path.resolve()


def test_jupyterlabs_italian_is_completed_where_the_language_pack_has_nothing():
    from smm_course.cli.labitalian import completed, supplement

    pack = {"jupyterlab": {"": {"domain": "jupyterlab"}, "Edit": ["Modifica (pacchetto)"]}}
    data = completed("it_IT", pack)["jupyterlab"]
    assert data["Edit"] == ["Modifica (pacchetto)"]  # the language pack's own word wins
    assert data["%1 and %2"] == ["%1 e %2"]
    assert data["Run Selected Cell"] == [
        "Esegui la Cella Selezionata",
        "Esegui le Celle Selezionate",
    ]
    assert completed("fr_FR", pack) == pack and supplement("fr_FR") == {}
    assert completed("it_IT", {}) == {}  # no language pack installed: nothing to complete


def test_extensions_with_a_domain_of_their_own_speak_italian_too():
    from smm_course.cli.labitalian import completed

    header = {"domain": "jupyterlab", "language": "it-IT"}
    pack = {
        "jupyterlab": {"": header, "Go to Line…": ["Vai all Linea…"]},
        "notebook": {"": {**header, "domain": "notebook"}},
    }
    data = completed("it_IT", pack)
    # the slide show (RISE) has no Italian in the pack: the course adds its domain
    assert data["rise"][""]["domain"] == "rise"
    assert data["rise"]["Render as Reveal Slideshow"] == ["Mostra come Presentazione Reveal"]
    assert data["notebook"]["Open in %1"] == ["Apri in %1"]
    assert data["jupyterlab_widgets"]["Save Widget State Automatically"][0].startswith("Salva")
    assert data["jupyterlab"]["Go to Line…"] == ["Vai alla Linea…"]  # the pack's typo, fixed
    # a plural message needs both forms, or JupyterLab shows it in English
    assert len(data["jupyterlab"]["Run this cell and advance"]) == 2
