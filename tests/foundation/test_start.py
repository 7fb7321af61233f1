import argparse

from smm_course.cli.start import lab_command, set_interface_language
from smm_course.coursefiles import MANIFEST, repository_root, sync_course


def _course(tmp_path, text):
    src = tmp_path / "src"
    (src / "lessons").mkdir(parents=True, exist_ok=True)
    (src / "exercises" / "m01").mkdir(parents=True, exist_ok=True)
    (src / "lessons" / "00.ipynb").write_text(text)
    (src / "exercises" / "m01" / "m01.ipynb").write_text("esercizio")
    return src


def test_first_sync_copies_everything(tmp_path):
    report = sync_course(_course(tmp_path, "v1"), tmp_path / "mine")
    assert sorted(report.copied) == ["exercises/m01/m01.ipynb", "lessons/00.ipynb"]
    assert (tmp_path / "mine" / MANIFEST).exists()


def test_sync_updates_untouched_files_and_keeps_edited_ones(tmp_path):
    target = tmp_path / "mine"
    sync_course(_course(tmp_path, "v1"), target)
    (target / "exercises" / "m01" / "m01.ipynb").write_text("la mia risposta")
    (tmp_path / "src" / "exercises" / "m01" / "m01.ipynb").write_text("esercizio v2")
    report = sync_course(_course(tmp_path, "v2"), target)
    assert report.updated == ["lessons/00.ipynb"]
    assert report.kept == ["exercises/m01/m01.ipynb"]
    assert (target / "lessons" / "00.ipynb").read_text() == "v2"
    assert (target / "exercises" / "m01" / "m01.ipynb").read_text() == "la mia risposta"
    again = sync_course(_course(tmp_path, "v2"), target)
    assert again.kept == ["exercises/m01/m01.ipynb"] and not again.updated


def test_lab_command_opens_the_first_lesson(tmp_path):
    args = argparse.Namespace(
        ip="127.0.0.1", port=8899, no_browser=True, jupyter_args=["--", "--x=1"]
    )
    command = lab_command(tmp_path, args)
    assert f"--ServerApp.root_dir={tmp_path}" in command
    assert "--LabApp.default_url=/lab/tree/lessons/00_benvenuto.ipynb" in command
    assert "--no-browser" in command and "--x=1" in command and "--" not in command


def test_interface_language_respects_the_users_choice(tmp_path):
    set_interface_language(tmp_path, "it", force=False)
    path = next(tmp_path.rglob("plugin.jupyterlab-settings"))
    assert '"it_IT"' in path.read_text()
    set_interface_language(tmp_path, "en", force=False)
    assert '"it_IT"' in path.read_text()
    set_interface_language(tmp_path, "en", force=True)
    assert '"en"' in path.read_text()


def test_repository_checkout_is_found():
    root = repository_root()
    assert root is not None and (root / "lessons").is_dir()
