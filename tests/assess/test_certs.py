"""Certifications asked for in the inquiry, against the ones our profile holds."""

from __future__ import annotations

from research.assess.assess import assess
from research.assess.certs import cert_fit, mentioned
from research.profile import load_profile
from research.render.i18n import t
from research.types import Inquiry
from tests.assess.builders import RULES


def test_certifications_found_in_text_without_false_friends() -> None:
    text = "Products must pass Prop 65, and we need your BSCI audit and CE-marked, RoHS compliant items."
    assert mentioned(text) == ["CE", "RoHS", "Prop 65", "BSCI"]
    assert mentioned("Nous voulons savoir si ce produit est disponible, reach us today") == []
    assert mentioned("proposition 65 warning; iso9001 factory") == ["Prop 65", "ISO 9001"]


def test_held_and_missing_compare_by_normalized_name() -> None:
    cf = cert_fit(["iso 9001", "BSCI", "UL"], ["ISO 9001", "BSCI"])
    assert cf.held == ("iso 9001", "BSCI") and cf.missing == ("UL",)


def test_assessment_says_which_we_hold_and_advises_honesty_on_the_rest() -> None:
    inquiry = Inquiry(body="We need 3000 HDMI cables, FCC and UL listed, HDMI certified.")
    result = assess(inquiry, [], load_profile("hdmi_accessories"), RULES)
    by_code = {s.code: s for s in result.fit_finding.signals}
    assert by_code["fit.certs_held"].params["certs"] == ["FCC", "HDMI Licensed Adopter"]
    assert by_code["fit.certs_missing"].params["certs"] == ["UL"]
    missing = next(a for a in result.advice if a.code == "advice.certs_missing")
    assert "UL" in t(missing.code, "zh", missing.params)
