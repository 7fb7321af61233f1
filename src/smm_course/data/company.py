"""The fictional company every lesson and exercise of the course analyses."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Company:
    """Identity card of the case-study company."""

    name: str
    legal_form: str
    owner: str
    founded: int
    city: str
    region: str
    shop_address: str
    website: str
    email: str
    employees: int
    products: tuple[str, ...]
    customer_segments: tuple[str, ...]
    social_accounts: tuple[tuple[str, str], ...]
    tagline: str


COMPANY = Company(
    name="Cioccolateria Dolce Vetta",
    legal_form="s.r.l.",
    owner="Chiara Bellandi",
    founded=2012,
    city="Torino",
    region="Piemonte",
    shop_address="Via Po 21, 10124 Torino",
    website="https://dolcevetta.example",
    email="ciao@dolcevetta.example",
    employees=9,
    products=(
        "praline",
        "tavolette",
        "gianduiotti",
        "creme spalmabili",
        "scatole di Natale",
        "uova di Pasqua",
        "regali aziendali",
    ),
    customer_segments=(
        "torinesi golosi che passano in negozio",
        "turisti in visita a Torino",
        "clienti online in tutta Italia che regalano cioccolato",
        "aziende che scelgono regali per clienti e dipendenti",
    ),
    social_accounts=(
        ("Instagram", "@dolcevetta.torino"),
        ("Facebook", "Cioccolateria Dolce Vetta"),
        ("TikTok", "@dolcevetta"),
        ("LinkedIn", "Dolce Vetta s.r.l."),
    ),
    tagline="Cioccolato artigianale dalla collina di Torino, dal 2012.",
)
