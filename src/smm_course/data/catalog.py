"""The fixed lists behind `touchpoints()` and `channels()`: Dolce Vetta's contact points."""

from __future__ import annotations

import numpy as np
import pandas as pd

from smm_course.data.schema import CHANNEL_PHASES

PRE, BUY, POST = "pre_purchase", "purchase", "post_purchase"
DIG, PHY = "digital", "physical"
MAN, SPO = "managed", "spontaneous"

# id, Italian name, primary phase, other phases, nature, control, channel, cost EUR/month
TOUCHPOINTS: tuple[tuple[str, str, str, tuple[str, ...], str, str, str, float], ...] = (
    ("instagram_posts", "Post e reel su Instagram", PRE, (POST,), DIG, MAN, "Instagram", 450),
    ("instagram_ads", "Inserzioni Instagram", PRE, (), DIG, MAN, "Instagram", 380),
    ("facebook_page", "Pagina Facebook", PRE, (POST,), DIG, MAN, "Facebook", 150),
    ("facebook_ads", "Inserzioni Facebook", PRE, (), DIG, MAN, "Facebook", 260),
    ("tiktok_videos", "Video su TikTok", PRE, (), DIG, MAN, "TikTok", 300),
    ("linkedin_page", "Pagina aziendale LinkedIn", PRE, (), DIG, MAN, "LinkedIn", 120),
    ("google_ads", "Annunci Google Ads", PRE, (), DIG, MAN, "Google", 450),
    ("google_profile", "Scheda Google del negozio", PRE, (BUY,), DIG, MAN, "Google", 0),
    ("seo_blog", "Blog di ricette sul sito", PRE, (POST,), DIG, MAN, "Sito web", 200),
    ("newsletter", "Newsletter mensile", PRE, (POST,), DIG, MAN, "Email", 39),
    ("influencer", "Collaborazioni con food blogger", PRE, (), DIG, MAN, "Instagram", 350),
    ("ugc_posts", "Foto dei clienti sui social", PRE, (POST,), DIG, SPO, "Instagram", 0),
    ("google_reviews", "Recensioni su Google", PRE, (POST,), DIG, SPO, "Google", 0),
    ("tripadvisor", "Recensioni su TripAdvisor", PRE, (POST,), DIG, SPO, "TripAdvisor", 0),
    ("marketplace_reviews", "Recensioni sul marketplace", PRE, (POST,), DIG, SPO, "Marketplace", 0),
    ("word_of_mouth", "Passaparola di amici e colleghi", PRE, (), PHY, SPO, "Passaparola", 0),
    ("press", "Articoli su giornali e guide locali", PRE, (), PHY, SPO, "Stampa", 0),
    ("food_forum", "Discussioni su forum e gruppi di cucina", PRE, (), DIG, SPO, "Forum", 0),
    ("shop_window", "Vetrina del negozio in Via Po", PRE, (BUY,), PHY, MAN, "Negozio", 250),
    ("flyers", "Volantini negli hotel del centro", PRE, (), PHY, MAN, "Stampa", 90),
    ("chocolate_fair", "Stand alla fiera del cioccolato", PRE, (BUY,), PHY, MAN, "Eventi", 400),
    (
        "tasting_events",
        "Degustazioni guidate in laboratorio",
        PRE,
        (BUY, POST),
        PHY,
        MAN,
        "Eventi",
        220,
    ),
    ("shop", "Negozio di Via Po", BUY, (), PHY, MAN, "Negozio", 6200),
    ("shop_staff", "Consiglio del personale al banco", BUY, (POST,), PHY, MAN, "Negozio", 0),
    ("ecommerce", "E-commerce dolcevetta.example", BUY, (), DIG, MAN, "Sito web", 900),
    (
        "product_pages",
        "Schede prodotto con foto e ingredienti",
        BUY,
        (PRE,),
        DIG,
        MAN,
        "Sito web",
        120,
    ),
    ("checkout", "Carrello e pagamento online", BUY, (), DIG, MAN, "Sito web", 60),
    ("marketplace", "Negozio sul marketplace", BUY, (), DIG, MAN, "Marketplace", 180),
    ("resellers", "Scaffale nelle gastronomie partner", BUY, (PRE,), PHY, MAN, "Rivenditori", 150),
    (
        "corporate_sales",
        "Incontri dell'agente con le aziende",
        BUY,
        (PRE,),
        PHY,
        MAN,
        "Vendita diretta",
        1800,
    ),
    ("gift_wrapping", "Confezione regalo", BUY, (POST,), PHY, MAN, "Negozio", 300),
    ("instagram_shop", "Vetrina prodotti su Instagram", BUY, (), DIG, MAN, "Instagram", 40),
    ("packaging", "Scatola e imballaggio della spedizione", POST, (), PHY, MAN, "Corriere", 700),
    ("delivery", "Consegna del corriere", POST, (), PHY, MAN, "Corriere", 1100),
    ("order_emails", "Email di conferma e tracciamento", POST, (), DIG, MAN, "Email", 20),
    (
        "customer_care_chat",
        "Assistenza clienti su WhatsApp",
        POST,
        (BUY,),
        DIG,
        MAN,
        "WhatsApp",
        250,
    ),
    ("customer_care_phone", "Assistenza telefonica", POST, (), PHY, MAN, "Telefono", 200),
    ("satisfaction_survey", "Questionario di soddisfazione", POST, (), DIG, MAN, "Email", 25),
    ("loyalty_card", "Tessera fedeltà del negozio", POST, (BUY,), PHY, MAN, "Negozio", 80),
    ("review_replies", "Risposte alle recensioni", POST, (PRE,), DIG, MAN, "Google", 0),
    ("unboxing_videos", "Video di unboxing dei clienti", POST, (PRE,), DIG, SPO, "TikTok", 0),
    ("complaints_social", "Lamentele nei commenti social", POST, (), DIG, SPO, "Facebook", 0),
)

# id, Italian name, type, phases served (awareness, evaluation, purchase, delivery,
# after_sales), fixed cost EUR/month, commission rate on sales
CHANNELS: tuple[tuple[str, str, str, tuple[bool, ...], float, float], ...] = (
    ("shop", "Negozio di Via Po", "direct", (True, True, True, True, True), 6200, 0.0),
    (
        "ecommerce",
        "E-commerce dolcevetta.example",
        "direct",
        (False, True, True, True, True),
        900,
        0.015,
    ),
    ("newsletter", "Newsletter", "direct", (False, True, False, False, True), 0, 0.0),
    (
        "corporate_agent",
        "Agente per i regali aziendali",
        "direct",
        (True, True, True, False, True),
        1800,
        0.08,
    ),
    ("instagram", "Instagram", "indirect", (True, True, False, False, True), 450, 0.0),
    ("facebook", "Facebook", "indirect", (True, True, False, False, True), 150, 0.0),
    ("tiktok", "TikTok", "indirect", (True, True, False, False, False), 300, 0.0),
    ("linkedin", "LinkedIn", "indirect", (True, True, False, False, False), 120, 0.0),
    ("google", "Google (ricerca e annunci)", "indirect", (True, True, False, False, False), 0, 0.0),
    ("marketplace", "Marketplace online", "indirect", (True, True, True, True, True), 180, 0.15),
    (
        "resellers",
        "Gastronomie e rivenditori",
        "indirect",
        (True, True, True, True, False),
        150,
        0.30,
    ),
    (
        "fairs",
        "Fiere ed eventi del cioccolato",
        "indirect",
        (True, True, True, True, False),
        400,
        0.0,
    ),
    ("press", "Stampa e blog di settore", "indirect", (True, True, False, False, False), 0, 0.0),
)

# Funnel channel (monthly table) feeding each channel's online revenue and paid spend.
FUNNEL_SOURCE = {
    "instagram": "Instagram",
    "facebook": "Facebook",
    "tiktok": "TikTok",
    "linkedin": "LinkedIn",
    "google": "Google Ads",
    "newsletter": "Newsletter",
}
# Average monthly revenue of the channels outside the campaign funnel (EUR).
OFFLINE_REVENUE = {
    "shop": 31000.0,
    "ecommerce": 5200.0,
    "corporate_agent": 7400.0,
    "marketplace": 2600.0,
    "resellers": 4300.0,
    "fairs": 1500.0,
    "press": 0.0,
}


def touchpoints_frame() -> pd.DataFrame:
    """The touchpoint table (fixed content, no randomness)."""
    rows = [
        {
            "touchpoint": tid,
            "name": name,
            "phase": phase,
            "also_phases": ";".join(also),
            "nature": nature,
            "control": control,
            "channel": channel,
            "cost_eur_month": float(cost),
        }
        for tid, name, phase, also, nature, control, channel, cost in TOUCHPOINTS
    ]
    return pd.DataFrame(rows)


def channels_frame(funnel: pd.DataFrame, rng: np.random.Generator) -> pd.DataFrame:
    """The channel table; online revenue and spend come from the monthly `funnel`."""
    by_channel = funnel.groupby("channel", observed=True)[["revenue_eur", "spend_eur"]].mean()
    rows = []
    for cid, name, kind, phases, fixed_cost, commission in CHANNELS:
        cost = fixed_cost
        if cid in FUNNEL_SOURCE:
            revenue = by_channel.loc[FUNNEL_SOURCE[cid], "revenue_eur"]
            cost = cost + by_channel.loc[FUNNEL_SOURCE[cid], "spend_eur"]
        else:
            revenue = OFFLINE_REVENUE[cid] * rng.lognormal(0.0, 0.08)
        row = {"channel": cid, "name": name, "type": kind}
        row.update(dict(zip(CHANNEL_PHASES, phases, strict=True)))
        row.update(
            cost_eur_month=round(float(cost), 2),
            revenue_eur_month=round(float(revenue), 2),
            commission_rate=commission,
        )
        rows.append(row)
    return pd.DataFrame(rows)
