"""Lead capture rules, free of Qt and SQLAlchemy: what a valid lead is and how it is normalised."""

from kiosk.domain.leads.consent import ConsentPolicy, Purpose
from kiosk.domain.leads.contact import Email, Phone, email_key, normalize_email, normalize_phone
from kiosk.domain.leads.questions import Answer, Question
from kiosk.domain.leads.validation import (
    ANSWER_FIELD_PREFIX,
    CONSENT_FIELD_PREFIX,
    FIELD_ORDER,
    LEAD_CODE_PREFIX,
    ConsentAnswer,
    FieldError,
    LeadCheck,
    LeadDraft,
    LeadRules,
    LeadValidationError,
    Matching,
    ValidLead,
    check_lead,
    validate_lead,
)

__all__ = [
    "ANSWER_FIELD_PREFIX",
    "CONSENT_FIELD_PREFIX",
    "FIELD_ORDER",
    "LEAD_CODE_PREFIX",
    "Answer",
    "ConsentAnswer",
    "ConsentPolicy",
    "Email",
    "FieldError",
    "LeadCheck",
    "LeadDraft",
    "LeadRules",
    "LeadValidationError",
    "Matching",
    "Phone",
    "Purpose",
    "Question",
    "ValidLead",
    "check_lead",
    "email_key",
    "normalize_email",
    "normalize_phone",
    "validate_lead",
]
