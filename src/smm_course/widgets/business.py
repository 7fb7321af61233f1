"""The learner's own business: the profile form (lesson 00) and the case-or-own choice of a form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

from smm_course.frameworks.business import BusinessProfile, Subject
from smm_course.i18n import t
from smm_course.widgets import _html
from smm_course.widgets.explained import Explained
from smm_course.widgets.settings import form_lang
from smm_course.workbook import Workbook

__all__ = ["ProfileForm", "SubjectChoice", "current_profile"]

FIELDS = ("name", "sector", "offer", "city", "channels", "customers")


def current_profile(workbook: Workbook | None = None) -> BusinessProfile | None:
    """The learner's saved business profile, or None (never raises)."""
    try:
        return (workbook or Workbook.open()).business_profile()
    except Exception:
        return None


def _case_name() -> str:
    from smm_course.data import COMPANY

    return COMPANY.name


class ProfileForm(Explained):
    """Lesson 00's form: name, sector, products or services, city, channels, customers."""

    def __init__(self, *, workbook: Workbook | None = None, lang: str | None = None) -> None:
        self.lang = form_lang(lang)
        self.workbook = workbook if workbook is not None else Workbook.open()
        saved = self.workbook.business_profile()
        self.inputs: dict[str, widgets.Widget] = {}
        rows = []
        for field in FIELDS:
            kind = widgets.Textarea if field == "customers" else widgets.Text
            value = getattr(saved, field) if saved else ""
            box = kind(
                value=", ".join(value) if isinstance(value, tuple) else value,
                placeholder=t(f"business.placeholder.{field}", self.lang),
                description=t(f"business.label.{field}", self.lang),
                style={"description_width": "200px"},
                layout=widgets.Layout(width="640px"),
            )
            box.add_class(f"smm-profile-{field}")
            self.inputs[field] = box
            rows.append(box)
        case = t("business.form.subject_case", self.lang, case=_case_name())
        own = t("business.form.subject_own", self.lang)
        self.subject = widgets.RadioButtons(
            options=[(case, Subject.CASE.value), (own, Subject.OWN.value)],
            value=self.workbook.subject().value if saved else Subject.OWN.value,
            description=t("business.form.subject", self.lang),
            style={"description_width": "initial"},
        )
        self.subject.add_class("smm-profile-subject")
        self.save_button = widgets.Button(
            description=t("business.form.save", self.lang), icon="save", button_style="primary"
        )
        self.save_button.layout.width = "auto"
        self.save_button.add_class("smm-profile-save")
        self.save_button.on_click(lambda _b: self.save())
        self.feedback = widgets.HTML("")
        self.feedback.add_class("smm-profile-feedback")
        heading = _html.STYLE + f"<h3>{_html.esc(t('business.form.title', self.lang))}</h3>"
        intro = _html.paragraphs([t("business.form.instructions", self.lang)])
        self.widget = widgets.VBox(
            [widgets.HTML(heading + intro), *rows, self.subject, self.save_button, self.feedback]
        )
        self.widget.add_class("smm-form")
        self.widget.add_class("smm-profile")

    def fill(self, **values: str) -> None:
        """Type values into the fields as a learner would: fill(name="Ceramiche Ferretti")."""
        for field, value in values.items():
            self.inputs[field].value = value

    def save(self) -> BusinessProfile | None:
        """Save the profile and the choice (Salva il profilo); say what is still missing."""
        raw = {field: box.value for field, box in self.inputs.items()}
        profile = BusinessProfile.from_mapping(raw)
        if profile is None:
            self.feedback.value = _html.box(
                "smm-warning", _html.esc("✘ " + t("business.problem.name", self.lang))
            )
            return None
        self.workbook.set_business_profile(profile)
        self.workbook.set_subject(Subject(self.subject.value))
        text = _html.esc("✔ " + t("business.form.saved", self.lang, name=profile.name))
        problems = profile.problems(self.lang)
        if problems:
            text += "<br>" + _html.esc(t("business.form.incomplete", self.lang))
            text += _html.bullet_list(problems)
        self.feedback.value = _html.box("smm-hints", text)
        return profile


class SubjectChoice(Explained):
    """A form offered twice: on the case study, or on the learner's own business."""

    def __init__(
        self,
        case: Callable[[], Any],
        own: Callable[[BusinessProfile], Any],
        *,
        workbook: Workbook | None = None,
        lang: str | None = None,
    ) -> None:
        self.lang = form_lang(lang)
        self.workbook = workbook if workbook is not None else Workbook.open()
        self.profile = self.workbook.business_profile()
        self._factories = {Subject.CASE: case, Subject.OWN: own}
        self._forms: dict[Subject, Any] = {}
        name = self.profile.name if self.profile else t("business.choice.own_unnamed", self.lang)
        self.toggle = widgets.ToggleButtons(
            options=[
                (t("business.choice.case", self.lang, case=_case_name()), Subject.CASE.value),
                (t("business.choice.own", self.lang, name=name), Subject.OWN.value),
            ],
            value=self.workbook.subject().value,
            description=t("business.choice.label", self.lang),
            style={"description_width": "initial", "button_width": "auto"},
        )
        self.toggle.add_class("smm-subject-choice")
        self.body = widgets.VBox([])
        self.toggle.observe(lambda _c: self._show(), names="value")
        self.widget = widgets.VBox([self.toggle, self.body])
        self._show()

    @property
    def subject(self) -> Subject:
        """The business the form now shown is about."""
        return Subject(self.toggle.value)

    @property
    def form(self) -> Any:
        """The form now shown (None when the learner has no profile yet)."""
        return self._forms.get(self.subject)

    def _show(self) -> None:
        subject = self.subject
        if subject is Subject.OWN and self.profile is None:
            note = _html.box("smm-warning", _html.esc(t("business.choice.no_profile", self.lang)))
            self.body.children = (widgets.HTML(_html.STYLE + note),)
            return
        if subject not in self._forms:
            factory = self._factories[subject]
            self._forms[subject] = factory(self.profile) if subject is Subject.OWN else factory()
        form = self._forms[subject]
        self.body.children = (getattr(form, "widget", form),)
