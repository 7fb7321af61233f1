"""Interactive forms for the lessons: each checks, saves and restores the learner's answers."""

from smm_course.widgets.bmc import BMCForm, BMCModel
from smm_course.widgets.channels import ChannelMatrix, ChannelModel
from smm_course.widgets.explained import ExplainedBox
from smm_course.widgets.journey import JourneyMapBuilder, JourneyModel
from smm_course.widgets.questions import Matching, MultipleChoice, SingleChoice
from smm_course.widgets.quiz import Quiz, QuizModel
from smm_course.widgets.race import RACEFunnel, RACEModel
from smm_course.widgets.settings import solutions_allowed
from smm_course.widgets.sostac import SOSTACModel, SOSTACPlanner
from smm_course.widgets.swot import SWOTGrid, SWOTModel
from smm_course.widgets.touchpoints import TouchpointModel, TouchpointSorter

__all__ = [
    "BMCForm",
    "BMCModel",
    "ChannelMatrix",
    "ChannelModel",
    "ExplainedBox",
    "JourneyMapBuilder",
    "JourneyModel",
    "Matching",
    "MultipleChoice",
    "Quiz",
    "QuizModel",
    "RACEFunnel",
    "RACEModel",
    "SOSTACModel",
    "SOSTACPlanner",
    "SWOTGrid",
    "SWOTModel",
    "SingleChoice",
    "TouchpointModel",
    "TouchpointSorter",
    "solutions_allowed",
]
