"""Every user-facing message's words, once: code → English with ``{named}`` placeholders.

Each entry is written ``QT_TRANSLATE_NOOP(code, english)`` so that Qt's ``lupdate`` (which reads
Python) puts it in the ``.ts`` files under the code as its context: translators see the code,
and ``kiosk.ui.messages`` looks the translation up by code and English. Placeholders follow
``str.format`` (``{limit:,}`` groups digits); a translation keeps the same names.

A code is ``area.what`` (``lead.``, ``content.``, ``workbook.``, ``image.``, ``export.``,
``audit.``, ``term.``); ``term.`` entries are words used as parameters of other messages.
"""

# ruff: noqa: E501  (one message, one line: easier to read beside its translations)

from __future__ import annotations


def QT_TRANSLATE_NOOP(code: str, english: str) -> tuple[str, str]:
    """Marks ``english`` for translation under ``code``; returns the catalogue entry."""
    return code, english


TEXTS: dict[str, str] = dict(
    (
        # -- the lead form (kiosk.domain.leads.validation): the visitor reads these -------------
        QT_TRANSLATE_NOOP("lead.field.invalid", "This value cannot be used."),
        QT_TRANSLATE_NOOP("lead.name.required", "Please enter your name."),
        QT_TRANSLATE_NOOP("lead.name.too_long", "Please shorten your name to {max} characters."),
        QT_TRANSLATE_NOOP(
            "lead.family_name.too_long", "Please shorten your family name to {max} characters."
        ),
        QT_TRANSLATE_NOOP(
            "lead.given_name.too_long", "Please shorten your given name(s) to {max} characters."
        ),
        QT_TRANSLATE_NOOP(
            "lead.company.too_long", "Please shorten the company name to {max} characters."
        ),
        QT_TRANSLATE_NOOP(
            "lead.job_title.too_long", "Please shorten the job title to {max} characters."
        ),
        QT_TRANSLATE_NOOP(
            "lead.email.invalid", "Please check the email address (for example name@example.com)."
        ),
        QT_TRANSLATE_NOOP("lead.email.too_long", "This email address is too long."),
        QT_TRANSLATE_NOOP(
            "lead.phone.invalid", "Please check the phone number and the country or region."
        ),
        QT_TRANSLATE_NOOP(
            "lead.phone.needs_country", "Choose your country or region, or start the number with +."
        ),
        QT_TRANSLATE_NOOP("lead.phone.too_long", "This phone number is too long."),
        QT_TRANSLATE_NOOP(
            "lead.contact.required",
            "Please give an email address or a phone number so that we can reply.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.country.unknown", "Please choose a country or region from the list."
        ),
        QT_TRANSLATE_NOOP("lead.sectors.unknown", "This sector is not part of the event: {id}."),
        QT_TRANSLATE_NOOP("lead.sectors.too_many", "Please choose at most {max} sectors."),
        QT_TRANSLATE_NOOP(
            "lead.exhibitors.unknown", "This exhibitor is not part of the event: {id}."
        ),
        QT_TRANSLATE_NOOP("lead.exhibitors.too_many", "Please choose at most {max} exhibitors."),
        QT_TRANSLATE_NOOP("lead.answer.required", "Please answer this question."),
        QT_TRANSLATE_NOOP("lead.answer.not_a_choice", "Please choose from the answers offered."),
        QT_TRANSLATE_NOOP(
            "lead.answer.not_a_choice_of", "Please choose from the answers offered ({choices})."
        ),
        QT_TRANSLATE_NOOP("lead.answer.one_choice", "Please choose one answer only."),
        QT_TRANSLATE_NOOP(
            "lead.answer.too_long", "Please shorten your answer to {max} characters."
        ),
        QT_TRANSLATE_NOOP("lead.answer.unknown", "This question is not part of the event: {id}."),
        QT_TRANSLATE_NOOP(
            "lead.answer.not_chosen",
            "Answers are only for the exhibitors you chose; {id} is not one of them.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.matching.no_exhibitors", "Choose at least one exhibitor you would like to meet."
        ),
        QT_TRANSLATE_NOOP("lead.matching_day.invalid", "Please choose a day from the list."),
        QT_TRANSLATE_NOOP(
            "lead.matching_day.out_of_range", "Please choose a day between {starts} and {ends}."
        ),
        QT_TRANSLATE_NOOP("lead.matching_slot.invalid", "Please choose morning or afternoon."),
        QT_TRANSLATE_NOOP(
            "lead.message.too_long",
            "Please shorten your message to {max} characters (it has {length}).",
        ),
        QT_TRANSLATE_NOOP(
            "lead.consent.required",
            "This consent is needed: without it we cannot pass your details on for this "
            "purpose, so the form cannot be sent.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.consent.unknown", "This consent purpose is not part of the event: {id}."
        ),
        # Why a lead was not saved (kiosk.services.leads.LeadSaveError.reason).
        QT_TRANSLATE_NOOP(
            "lead.save.locked",
            "Sorry, the kiosk is busy for a moment and could not save your details. Everything "
            "you entered is still here: please send it again.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.save.disk_full",
            "Sorry, your details could not be saved because the kiosk's storage is full. "
            "Everything you entered is still here: please ask a member of staff for help.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.save.slot_full",
            "Sorry, a meeting slot you chose has just been booked by someone else. Everything "
            "you entered is still here: please choose another time.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.save.slot_over",
            "Sorry, a meeting slot you chose has already started. Everything you entered is "
            "still here: please choose another time.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.save.read_only",
            "Sorry, the kiosk cannot save details at the moment. Everything you entered is "
            "still here: please ask a member of staff for help.",
        ),
        QT_TRANSLATE_NOOP(
            "lead.save.failed",
            "Sorry, your details could not be saved just now. Everything you entered is still "
            "here: please try again in a moment, or ask a member of staff for help.",
        ),
        # -- words used inside other messages ----------------------------------------------------
        QT_TRANSLATE_NOOP("value.null", "null"),
        QT_TRANSLATE_NOOP("value.true", "true"),
        QT_TRANSLATE_NOOP("value.false", "false"),
        QT_TRANSLATE_NOOP("value.number", "a number ({value})"),
        QT_TRANSLATE_NOOP("value.string", "a string ({value})"),
        QT_TRANSLATE_NOOP("value.list", "a list"),
        QT_TRANSLATE_NOOP("value.object", "an object"),
        QT_TRANSLATE_NOOP("value.other", "a value of type {type}"),
        QT_TRANSLATE_NOOP("term.folder", "a folder"),
        QT_TRANSLATE_NOOP("term.fifo", "a named pipe (FIFO)"),
        QT_TRANSLATE_NOOP("term.device", "a device"),
        QT_TRANSLATE_NOOP("term.socket", "a socket"),
        QT_TRANSLATE_NOOP("term.not_regular", "not a regular file"),
        QT_TRANSLATE_NOOP("term.pack_folder", "the pack folder"),
        # -- files of a pack (kiosk.content.files) ---------------------------------------------
        QT_TRANSLATE_NOOP("file.not_a_file", "is {kind}, not a file"),
        QT_TRANSLATE_NOOP("file.too_big", "is {size}; it may be at most {limit}"),
        QT_TRANSLATE_NOOP("file.grew", "is larger than {limit}, the most it may be"),
        QT_TRANSLATE_NOOP("file.unreadable", "cannot be read: {reason}"),
        # -- images of a pack (kiosk.content.images) -------------------------------------------
        QT_TRANSLATE_NOOP(
            "image.path_empty", "is empty; give the image's path inside the pack folder"
        ),
        QT_TRANSLATE_NOOP("image.path_control", "{path} contains a control or invalid character"),
        QT_TRANSLATE_NOOP(
            "image.path_backslash",
            '{path} contains a backslash; write paths with forward slashes ("images/a.png")',
        ),
        QT_TRANSLATE_NOOP(
            "image.path_absolute",
            "{path} is an absolute path; give a path relative to the pack folder",
        ),
        QT_TRANSLATE_NOOP(
            "image.path_parent", '{path} leaves the pack folder (".." is not allowed)'
        ),
        QT_TRANSLATE_NOOP("image.path_folder", "{path} names the pack folder, not an image file"),
        QT_TRANSLATE_NOOP(
            "image.path_link",
            "{path} leaves the pack folder (it is a link to {target}); copy the image into the pack instead",
        ),
        QT_TRANSLATE_NOOP("image.not_found", "file {path} not found in the pack"),
        QT_TRANSLATE_NOOP(
            "image.not_found_near",
            'file {path} not found in the pack (in {folder}; did you mean "{suggestion}"?)',
        ),
        QT_TRANSLATE_NOOP(
            "image.not_found_case",
            'file {path} not found in the pack; did you mean "{suggestion}"? (letter case matters)',
        ),
        QT_TRANSLATE_NOOP("image.unopenable", "{path} cannot be opened: {reason}"),
        QT_TRANSLATE_NOOP("image.not_a_file", "{path} is {kind}, not an image file"),
        QT_TRANSLATE_NOOP("image.too_big", "is {size}; images may be at most {limit}"),
        QT_TRANSLATE_NOOP("image.empty_file", "is an empty file"),
        QT_TRANSLATE_NOOP("image.format", "is a {format} image; use PNG, JPEG or WebP"),
        QT_TRANSLATE_NOOP(
            "image.too_large", "is {width}×{height} pixels; images may be at most {limit}×{limit}"
        ),
        QT_TRANSLATE_NOOP("image.not_image", "is not an image (PNG, JPEG or WebP)"),
        QT_TRANSLATE_NOOP(
            "image.too_many_pixels",
            "has more pixels than the kiosk decodes (at most {limit}×{limit})",
        ),
        QT_TRANSLATE_NOOP("image.damaged", "is damaged and cannot be decoded ({detail})"),
        QT_TRANSLATE_NOOP("image.problem", "{path} {problem}"),
        QT_TRANSLATE_NOOP("image.unconvertible", "cannot be converted: {detail}"),
        QT_TRANSLATE_NOOP("image.uncopyable", "cannot be copied: it {problem}"),
        # -- SVG images of a pack (kiosk.content.svg): the brand logo only -------------------
        QT_TRANSLATE_NOOP("svg.dtd", "is an SVG with a DTD or entities; remove the <!DOCTYPE ...>"),
        QT_TRANSLATE_NOOP("svg.malformed", "is not a well-formed SVG file ({detail})"),
        QT_TRANSLATE_NOOP(
            "svg.not_svg",
            "is XML but not an SVG image (its root must be <svg> in the SVG namespace)",
        ),
        QT_TRANSLATE_NOOP(
            "svg.element", "is an SVG holding <{element}>; the kiosk shows only drawings"
        ),
        QT_TRANSLATE_NOOP(
            "svg.event_handler", "is an SVG with an event handler ({attribute}); remove it"
        ),
        QT_TRANSLATE_NOOP(
            "svg.href", "is an SVG that refers to another file ({target}); embed what it draws"
        ),
        QT_TRANSLATE_NOOP(
            "svg.outside_url", "is an SVG whose {attribute} refers to another file; remove it"
        ),
        QT_TRANSLATE_NOOP(
            "svg.style_import", "is an SVG whose style sheet refers to another file; remove it"
        ),
        QT_TRANSLATE_NOOP(
            "svg.no_size",
            "is an SVG without a size; give its <svg> a viewBox (or width and height in pixels)",
        ),
        # -- single values (kiosk.content.fields) ----------------------------------------------
        QT_TRANSLATE_NOOP(
            "field.identifier",
            '{value} is not a valid id: use 1 to 64 lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
        ),
        QT_TRANSLATE_NOOP("field.language_case", 'language {value} must be written "{tag}"'),
        QT_TRANSLATE_NOOP(
            "field.language", "{value} is not a language tag (the kiosk shows {tags})"
        ),
        QT_TRANSLATE_NOOP(
            "field.country_case", '{value} is not a country code; did you mean "{code}"?'
        ),
        QT_TRANSLATE_NOOP("field.country_slip", '{value} is not an ISO 3166-1 code; use "{code}"'),
        QT_TRANSLATE_NOOP(
            "field.country",
            "{value} is not an ISO 3166-1 alpha-2 country code (e.g. MO, CN, PT, BR)",
        ),
        QT_TRANSLATE_NOOP("field.date_unreal", "{value} is not a real date"),
        QT_TRANSLATE_NOOP("field.date", "{value} is not a date in the form YYYY-MM-DD"),
        QT_TRANSLATE_NOOP(
            "field.time", "{value} is not a time of day in the form HH:MM (e.g. 09:30)"
        ),
        QT_TRANSLATE_NOOP(
            "field.timezone", "{value} is not an IANA time zone (e.g. Asia/Shanghai, Asia/Macau)"
        ),
        QT_TRANSLATE_NOOP(
            "field.timezone_hint",
            '{value} is not an IANA time zone (e.g. Asia/Shanghai, Asia/Macau); did you mean "{suggestion}"?',
        ),
        QT_TRANSLATE_NOOP("field.email", "{value} is not an email address (e.g. name@example.com)"),
        QT_TRANSLATE_NOOP(
            "field.phone_plus",
            '{value} is not an international phone number: start with "+" and the country code, e.g. "+853 2871 0300"',
        ),
        QT_TRANSLATE_NOOP("field.phone", "{value} is not a phone number"),
        QT_TRANSLATE_NOOP("field.phone_reason", "{value} is not a phone number: {reason}"),
        QT_TRANSLATE_NOOP("term.phone.country_code", "its country code does not exist"),
        QT_TRANSLATE_NOOP("term.phone.too_short", "it has too few digits"),
        QT_TRANSLATE_NOOP("term.phone.too_long", "it has too many digits"),
        QT_TRANSLATE_NOOP("term.phone.length", "it has the wrong number of digits"),
        QT_TRANSLATE_NOOP("term.phone.impossible", "it is not a possible number"),
        QT_TRANSLATE_NOOP(
            "field.website_scheme", '{value} is not a web address: it must start with "https://"'
        ),
        QT_TRANSLATE_NOOP(
            "field.website_host", "{value} is not a web address: it has no valid host name"
        ),
        # -- the content pack (kiosk.content.validate) -----------------------------------------
        QT_TRANSLATE_NOOP("term.bidi_control", "a bidirectional control"),
        QT_TRANSLATE_NOOP("term.control_character", "a control character"),
        QT_TRANSLATE_NOOP(
            "content.bad_character",
            "contains {what} ({code}) at character {position}; this field is one line of plain text",
        ),
        QT_TRANSLATE_NOOP(
            "content.bad_character_block",
            "contains {what} ({code}) at character {position}; remove it",
        ),
        QT_TRANSLATE_NOOP("content.load_failed", "could not be checked or loaded: {detail}"),
        QT_TRANSLATE_NOOP("content.no_folder", "no such folder"),
        QT_TRANSLATE_NOOP("content.not_a_pack_folder", "is not a folder holding content.json"),
        QT_TRANSLATE_NOOP(
            "content.file_missing", "not found in {folder}; a pack is a folder holding it"
        ),
        QT_TRANSLATE_NOOP("content.file_empty", "is empty; an empty file is not a content pack"),
        QT_TRANSLATE_NOOP(
            "content.not_utf8",
            "is not UTF-8 text: byte {byte} at line {line}, column {column} (byte offset {offset}); save the file as UTF-8",
        ),
        QT_TRANSLATE_NOOP("content.json_syntax", "line {line}, column {column}: {detail}"),
        QT_TRANSLATE_NOOP("json.expecting_value", "a value is expected here"),
        QT_TRANSLATE_NOOP("json.expecting_comma", "a comma (,) is expected here"),
        QT_TRANSLATE_NOOP("json.expecting_colon", "a colon (:) is expected here"),
        QT_TRANSLATE_NOOP("json.expecting_name", "a field name in double quotes is expected here"),
        QT_TRANSLATE_NOOP(
            "json.unterminated_string", "a text starting here has no closing double quote"
        ),
        QT_TRANSLATE_NOOP(
            "json.control_character",
            "a control character (a line break or tab) inside a text; write it as \\n or \\t",
        ),
        QT_TRANSLATE_NOOP("json.bad_escape", "a backslash escape that JSON does not know"),
        QT_TRANSLATE_NOOP("json.extra_data", "more data after the end of the document"),
        QT_TRANSLATE_NOOP("content.json_invalid", "not valid JSON: {detail}"),
        QT_TRANSLATE_NOOP("content.too_deep", "is nested too deeply to be a content pack"),
        QT_TRANSLATE_NOOP(
            "content.lone_surrogate",
            "line {line}, column {column}: {escape} is half of a UTF-16 pair, not a character",
        ),
        QT_TRANSLATE_NOOP(
            "content.expected_top_object", "expected an object {{...}} at the top level, got {got}"
        ),
        QT_TRANSLATE_NOOP("content.expected_object", "expected an object {{...}}, got {got}"),
        QT_TRANSLATE_NOOP("content.duplicate_key", "is given twice in the same object; keep one"),
        QT_TRANSLATE_NOOP(
            "content.unknown_field_hint", 'unknown field; did you mean "{suggestion}"?'
        ),
        QT_TRANSLATE_NOOP("content.unknown_field", "unknown field (allowed: {allowed})"),
        QT_TRANSLATE_NOOP("content.required_missing", "is missing; this field is required"),
        QT_TRANSLATE_NOOP("content.required_empty", "is empty; this field is required"),
        QT_TRANSLATE_NOOP("content.required_null", "is null; this field is required"),
        QT_TRANSLATE_NOOP("content.expected_text", "expected text, got {got}"),
        QT_TRANSLATE_NOOP("content.empty", "is empty"),
        QT_TRANSLATE_NOOP(
            "content.too_long", "is {length:,} characters long; at most {limit:,} are allowed"
        ),
        QT_TRANSLATE_NOOP(
            "content.expected_ltext",
            'expected text or an object of language → text ({{"en": "...", "zh-Hant": "..."}}), got {got}',
        ),
        QT_TRANSLATE_NOOP(
            "content.no_text", 'has no text in any language; give at least one, e.g. "en"'
        ),
        QT_TRANSLATE_NOOP(
            "content.brand_name", 'expected the brand name as one string ("MICE² Macao x Hengqin")'
        ),
        QT_TRANSLATE_NOOP("content.expected_boolean", "expected true or false, got {got}"),
        QT_TRANSLATE_NOOP("content.expected_fraction", "expected a number from 0 to 1, got {got}"),
        QT_TRANSLATE_NOOP(
            "content.fraction_range", "{value} is outside 0 to 1 (a fraction of the map's size)"
        ),
        QT_TRANSLATE_NOOP("content.expected_list", "expected a list [...], got {got}"),
        QT_TRANSLATE_NOOP("content.list_empty", "is empty; at least {count} is required"),
        QT_TRANSLATE_NOOP("content.duplicate_id", "{value} is already the id of {other}"),
        QT_TRANSLATE_NOOP(
            "content.expected_image", "expected the path of an image file, got {got}"
        ),
        QT_TRANSLATE_NOOP("term.pavilion", "pavilion"),
        QT_TRANSLATE_NOOP("term.sector", "sector"),
        QT_TRANSLATE_NOOP("term.exhibitor", "exhibitor"),
        QT_TRANSLATE_NOOP("term.session", "session"),
        QT_TRANSLATE_NOOP("content.reference", "{value} is not the id of any {what}"),
        QT_TRANSLATE_NOOP(
            "content.reference_hint",
            '{value} is not the id of any {what}; did you mean "{suggestion}"?',
        ),
        QT_TRANSLATE_NOOP(
            "content.reference_known", "{value} is not the id of any {what} (known: {known})"
        ),
        QT_TRANSLATE_NOOP("content.format", "this kiosk reads format {expected}, not {value}"),
        QT_TRANSLATE_NOOP(
            "content.too_many_exhibitors", "{count:,} exhibitors; a pack may hold at most {limit:,}"
        ),
        QT_TRANSLATE_NOOP("content.ends_before_start", "{ends} is before the start ({starts})"),
        QT_TRANSLATE_NOOP(
            "content.too_many_questions",
            "has {count} questions; an exhibitor may ask at most {limit}",
        ),
        QT_TRANSLATE_NOOP("content.question_type", "{value} is not one of {kinds}"),
        QT_TRANSLATE_NOOP(
            "content.text_question_choices",
            "a text question has no choices; remove them or use single",
        ),
        QT_TRANSLATE_NOOP(
            "content.too_few_choices", "a {kind} choice question needs at least 2 choices"
        ),
        QT_TRANSLATE_NOOP("content.too_many_choices", "has {count} choices; at most {limit}"),
        QT_TRANSLATE_NOOP("content.sector_repeated", "names the same sector more than once"),
        QT_TRANSLATE_NOOP("content.booth_half", "is missing; give both x and y, or neither"),
        QT_TRANSLATE_NOOP("content.expected_days", "expected a whole number of days, got {got}"),
        QT_TRANSLATE_NOOP("content.retention_range", "{value} is outside 1 to {limit} days"),
        QT_TRANSLATE_NOOP(
            "content.role_hint", '{value} is not a purpose role; did you mean "{suggestion}"?'
        ),
        QT_TRANSLATE_NOOP("content.role", "{value} is not a purpose role (known: {known})"),
        QT_TRANSLATE_NOOP(
            "content.role_repeated", "{value} is already the role of {other}; one purpose per role"
        ),
        QT_TRANSLATE_NOOP(
            "content.svg_not_here",
            "{path} is an SVG image; SVG is taken for the brand logo only, use PNG, JPEG or WebP here",
        ),
        QT_TRANSLATE_NOOP(
            "content.language_hint",
            '{value} is not a language of the kiosk; did you mean "{suggestion}"?',
        ),
        QT_TRANSLATE_NOOP(
            "content.language", "{value} is not a language of the kiosk (one of {known})"
        ),
        QT_TRANSLATE_NOOP(
            "content.too_many_positions", "has {count} positions; a map may have at most {limit}"
        ),
        QT_TRANSLATE_NOOP(
            "content.positions_no_map", "a pavilion without a map has no positions on it"
        ),
        # -- WeChat / WeCom contact codes (kiosk.content.contact_codes) ------------------------
        QT_TRANSLATE_NOOP("contact_code.unreadable", "cannot be read as an image: {detail}"),
        QT_TRANSLATE_NOOP(
            "contact_code.none",
            "holds no QR code that can be read; export the WeChat or WeCom 'Contact me' code again as a PNG and name that file",
        ),
        QT_TRANSLATE_NOOP(
            "contact_code.several", "holds {count} different QR codes; keep only the contact code"
        ),
        QT_TRANSLATE_NOOP(
            "contact_code.not_contact",
            "holds a QR code that is not a contact code (too long, or not text)",
        ),
        # -- data protection in the consent block (kiosk.content.privacy) ----------------------
        QT_TRANSLATE_NOOP("content.expected_years", "expected a whole number of years, got {got}"),
        QT_TRANSLATE_NOOP(
            "content.age_range", "{value} is outside {low} to {high} years (default {default})"
        ),
        QT_TRANSLATE_NOOP(
            "content.cross_border_language",
            "is missing: {item} must be given in {language} too (PIPL Art. 39: the visitor is told it in the language they read)",
        ),
        QT_TRANSLATE_NOOP("term.language.zh_hant", "Traditional Chinese"),
        QT_TRANSLATE_NOOP("term.language.zh_hans", "Simplified Chinese"),
        QT_TRANSLATE_NOOP("term.language.pt", "Portuguese"),
        QT_TRANSLATE_NOOP("term.language.en", "English"),
        QT_TRANSLATE_NOOP("term.cross_border.recipient", "the recipient's name"),
        QT_TRANSLATE_NOOP("term.cross_border.contact", "the recipient's contact details"),
        QT_TRANSLATE_NOOP("term.cross_border.purpose", "the purpose of the transfer"),
        QT_TRANSLATE_NOOP("term.cross_border.method", "how the data is processed there"),
        QT_TRANSLATE_NOOP("term.cross_border.categories", "the categories of personal data sent"),
        QT_TRANSLATE_NOOP(
            "term.cross_border.rights", "how to exercise one's rights with the recipient"
        ),
        # -- business matching (kiosk.content.validate_matching) -------------------------------
        QT_TRANSLATE_NOOP("content.too_many_sessions", "{count} sessions; at most {limit}"),
        QT_TRANSLATE_NOOP(
            "content.matching_mode", "{value} is not a mode; use {first} or {second}"
        ),
        QT_TRANSLATE_NOOP("content.expected_whole", "expected a whole number, got {got}"),
        QT_TRANSLATE_NOOP("content.whole_range", "{value} is outside {low} to {high:,}"),
        QT_TRANSLATE_NOOP(
            "content.session_outside_event", "{day} is outside the event ({starts} to {ends})"
        ),
        QT_TRANSLATE_NOOP("content.session_end", "{end} is not after the start ({start})"),
        QT_TRANSLATE_NOOP(
            "content.slot_too_long", "{slot} minutes do not fit in the session ({start} to {end})"
        ),
        QT_TRANSLATE_NOOP(
            "content.sessions_overlap",
            'sessions "{first}" and "{second}" overlap; an exhibitor takes part in one session at a time',
        ),
        # -- workbooks (kiosk.content.workbook_file, workbook_read, cell_map) ------------------
        QT_TRANSLATE_NOOP(
            "workbook.macro_enabled",
            'is a macro-enabled workbook; the kiosk reads no macros: save it as "Excel Workbook (.xlsx)"',
        ),
        QT_TRANSLATE_NOOP(
            "workbook.open_document",
            'is an OpenDocument spreadsheet; save it as "Excel Workbook (.xlsx)"',
        ),
        QT_TRANSLATE_NOOP("workbook.folder", "is a folder, not a workbook"),
        QT_TRANSLATE_NOOP("workbook.not_regular", "is not a regular file"),
        QT_TRANSLATE_NOOP("workbook.no_file", "no such file"),
        QT_TRANSLATE_NOOP("workbook.too_big", "is {size}; a workbook may be at most {limit}"),
        QT_TRANSLATE_NOOP(
            "workbook.old_or_protected",
            'is an Excel 97-2003 workbook or one protected by a password; save it without a password as "Excel Workbook (.xlsx)"',
        ),
        QT_TRANSLATE_NOOP(
            "workbook.not_workbook",
            "is not an Excel workbook (.xlsx); save the sheet from Excel as one",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.unreadable", "is not an Excel workbook the kiosk can read ({reason})"
        ),
        QT_TRANSLATE_NOOP("workbook.bad_zip", "is not an Excel workbook (.xlsx): {reason}"),
        QT_TRANSLATE_NOOP(
            "workbook.zip_not_workbook", "is a zip file but not an Excel workbook (.xlsx)"
        ),
        QT_TRANSLATE_NOOP(
            "workbook.macros",
            'holds macros (it is a macro-enabled workbook renamed .xlsx); the kiosk reads no macros: save it as "Excel Workbook (.xlsx)"',
        ),
        QT_TRANSLATE_NOOP(
            "workbook.unpacks_too_big", "unpacks to {size}; a workbook may hold at most {limit}"
        ),
        QT_TRANSLATE_NOOP(
            "workbook.damaged",
            "it is damaged and cannot be read ({reason}); open the workbook in Excel and save it again",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.sheet_damaged",
            "the sheet {sheet} is damaged and cannot be read ({reason}); open the workbook in Excel and save it again",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.unknown_sheet_hint",
            'is not a sheet the kiosk reads; rename it back to "{suggestion}"',
        ),
        QT_TRANSLATE_NOOP(
            "workbook.unknown_sheet",
            "is not a sheet the kiosk reads; delete it (the kiosk reads {sheets})",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.hidden_sheet",
            "is a hidden sheet; unhide it (right-click a sheet tab, Unhide) so that what the kiosk reads is what you see, or delete it",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.missing_sheet",
            "this sheet is missing; the workbook needs the sheets {sheets} ('kiosk content template' writes them all)",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.merged",
            "merged cells; unmerge them (Home, Merge & Center) and fill in each cell",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.unknown_column_hint", 'unknown column {column}; did you mean "{suggestion}"?'
        ),
        QT_TRANSLATE_NOOP(
            "workbook.unknown_column", "unknown column {column} (columns: {columns})"
        ),
        QT_TRANSLATE_NOOP("workbook.column_twice", "column {column} is also {other}"),
        QT_TRANSLATE_NOOP(
            "workbook.missing_column",
            "has no column {columns} in row 1 (the headers must stay as the template writes them)",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.too_many_rows",
            "the sheet has more than {limit:,} rows; the kiosk reads no further",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.no_header",
            "this cell is in a column with no header in row 1; add the header or clear the column",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.row_2_empty", "row 2 is empty; this sheet's details are required"
        ),
        QT_TRANSLATE_NOOP(
            "workbook.one_row", "this sheet holds one {what} in row {row}; clear this row"
        ),
        QT_TRANSLATE_NOOP("workbook.link_empty", "is empty; name the {what}'s id"),
        QT_TRANSLATE_NOOP(
            "workbook.unknown_owner", "{owner} is not the id of any {what} on the {sheet} sheet"
        ),
        QT_TRANSLATE_NOOP(
            "workbook.unknown_owner_hint",
            '{owner} is not the id of any {what} on the {sheet} sheet; did you mean "{suggestion}"?',
        ),
        QT_TRANSLATE_NOOP(
            "workbook.unknown_owner_of",
            "{owner} is not the id of any {what} of {parent} {parent_id} on the {sheet} sheet",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.unknown_owner_of_hint",
            '{owner} is not the id of any {what} of {parent} {parent_id} on the {sheet} sheet; did you mean "{suggestion}"?',
        ),
        QT_TRANSLATE_NOOP(
            "workbook.one_each", "{owner} already has a {what} in row {row}; keep one"
        ),
        QT_TRANSLATE_NOOP(
            "workbook.sign_formula",
            "is a formula ({formula}): Excel took text starting with {sign} for one; type it with ' in front ('{text}) or format the column as Text",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.formula",
            "is a formula ({formula}); the kiosk does not calculate: type the value itself (copy, then Paste Values)",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.excel_error", "is the Excel error {error}; type the value itself"
        ),
        QT_TRANSLATE_NOOP("workbook.not_yes_no", "{value} is not yes or no"),
        QT_TRANSLATE_NOOP(
            "workbook.date_in_text",
            "Excel stored this as a date or time ({shown}); format the column as Text and type the value again",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.number_not_time",
            "{value} is a number, not a time; type the time as HH:MM or format the cell as a time",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.number_as_date",
            "{value} is a number, not a date (as a date it would be {day}); type the date as YYYY-MM-DD or format the cell as a date",
        ),
        QT_TRANSLATE_NOOP(
            "workbook.number_not_date",
            "{value} is a number, not a date; type the date as YYYY-MM-DD or format the cell as a date",
        ),
        QT_TRANSLATE_NOOP("term.workbook_folder", "the workbook's folder"),
        QT_TRANSLATE_NOOP(
            "image.path_empty_workbook",
            "is empty; give the image's path inside the workbook's folder",
        ),
        QT_TRANSLATE_NOOP(
            "image.path_absolute_workbook",
            "{path} is an absolute path; give a path relative to the workbook's folder",
        ),
        QT_TRANSLATE_NOOP(
            "image.path_parent_workbook",
            '{path} leaves the workbook\'s folder (".." is not allowed)',
        ),
        QT_TRANSLATE_NOOP(
            "image.path_folder_workbook", "{path} names the workbook's folder, not an image file"
        ),
        QT_TRANSLATE_NOOP(
            "image.path_link_workbook",
            "{path} leaves the workbook's folder (it is a link to {target}); copy the image into the folder instead",
        ),
        QT_TRANSLATE_NOOP("image.not_found_workbook", "file {path} not found beside the workbook"),
        QT_TRANSLATE_NOOP(
            "image.not_found_near_workbook",
            'file {path} not found beside the workbook (in {folder}; did you mean "{suggestion}"?)',
        ),
        QT_TRANSLATE_NOOP(
            "image.not_found_case_workbook",
            'file {path} not found beside the workbook; did you mean "{suggestion}"? (letter case matters)',
        ),
        # -- QR codes a pack would make (kiosk.services.qr_fit) --------------------------------
        QT_TRANSLATE_NOOP(
            "content.qr_too_big",
            "its {kind} QR code ({language}) would hold {size:,} bytes; a QR code holds at most {limit:,} at the kiosk's error correction ({level}): shorten {shorten}",
        ),
        QT_TRANSLATE_NOOP("term.qr_vcard", "contact (vCard)"),
        QT_TRANSLATE_NOOP("term.qr_website", "website"),
        QT_TRANSLATE_NOOP("term.qr_field", "{field} ({length:,} characters)"),
        QT_TRANSLATE_NOOP(
            "term.qr_fields",
            "{first} ({first_length:,} characters), {second} ({second_length:,} characters)",
        ),
        # -- the audit log (kiosk.ui.staff.auditlog): what happened, and its details ------------
        QT_TRANSLATE_NOOP("audit.content.import", "Content loaded"),
        QT_TRANSLATE_NOOP("audit.content.hold", "Content held at a revision (empty: released)"),
        QT_TRANSLATE_NOOP("audit.export.verified", "Leads exported and verified"),
        QT_TRANSLATE_NOOP("audit.export.failed", "Export failed"),
        QT_TRANSLATE_NOOP("audit.export.cancelled", "Export cancelled"),
        QT_TRANSLATE_NOOP("audit.lead.save_failed", "A lead could not be saved"),
        QT_TRANSLATE_NOOP("audit.leads.wipe", "Leads wiped"),
        QT_TRANSLATE_NOOP("audit.leads.erase", "A visitor's data erased"),
        QT_TRANSLATE_NOOP(
            "audit.leads.erase.central", "A visitor's data erased from the central pool"
        ),
        QT_TRANSLATE_NOOP("audit.leads.purge", "Leads past the retention period deleted"),
        QT_TRANSLATE_NOOP("audit.pin.set", "Staff PIN set"),
        QT_TRANSLATE_NOOP("audit.pin.locked", "PIN locked after wrong attempts"),
        QT_TRANSLATE_NOOP("audit.settings.changed", "Settings changed"),
        QT_TRANSLATE_NOOP("audit.settings.position", "Kiosk position on the map chosen"),
        QT_TRANSLATE_NOOP("audit.other", "{action}"),
        QT_TRANSLATE_NOOP("audit.detail", "{name}: {value}"),
        QT_TRANSLATE_NOOP("audit_detail.by", "found by"),
        QT_TRANSLATE_NOOP("audit_detail.central", "central pool"),
        QT_TRANSLATE_NOOP("audit_detail.content_sha256", "content checksum"),
        QT_TRANSLATE_NOOP("audit_detail.deleted", "deleted"),
        QT_TRANSLATE_NOOP("audit_detail.deleted_here", "deleted on this kiosk"),
        QT_TRANSLATE_NOOP("audit_detail.deleted_in_pool", "deleted in the central pool"),
        QT_TRANSLATE_NOOP("audit_detail.destination", "destination"),
        QT_TRANSLATE_NOOP("audit_detail.error", "error"),
        QT_TRANSLATE_NOOP("audit_detail.event_id", "event"),
        QT_TRANSLATE_NOOP("audit_detail.exhibitor", "exhibitor"),
        QT_TRANSLATE_NOOP("audit_detail.exhibitors", "exhibitors"),
        QT_TRANSLATE_NOOP("audit_detail.export_id", "export"),
        QT_TRANSLATE_NOOP("audit_detail.exports_holding", "exports holding them"),
        QT_TRANSLATE_NOOP("audit_detail.failures", "wrong attempts"),
        QT_TRANSLATE_NOOP("audit_detail.files", "files"),
        QT_TRANSLATE_NOOP("audit_detail.folder", "folder"),
        QT_TRANSLATE_NOOP("audit_detail.formats", "formats"),
        QT_TRANSLATE_NOOP("audit_detail.idle_timeout_s", "idle time (seconds)"),
        QT_TRANSLATE_NOOP("audit_detail.import_id", "import"),
        QT_TRANSLATE_NOOP("audit_detail.kept", "kept"),
        QT_TRANSLATE_NOOP("audit_detail.kiosk_id", "kiosk id"),
        QT_TRANSLATE_NOOP("audit_detail.leads", "leads"),
        QT_TRANSLATE_NOOP("audit_detail.mode", "mode"),
        QT_TRANSLATE_NOOP("audit_detail.older_than_days", "older than (days)"),
        QT_TRANSLATE_NOOP("audit_detail.position", "position"),
        QT_TRANSLATE_NOOP("audit_detail.reason", "reason"),
        QT_TRANSLATE_NOOP("audit_detail.replaced", "replaced"),
        QT_TRANSLATE_NOOP("audit_detail.revision", "revision"),
        QT_TRANSLATE_NOOP("audit_detail.seconds", "seconds"),
        QT_TRANSLATE_NOOP("audit_detail.show_cursor", "mouse cursor"),
        QT_TRANSLATE_NOOP("audit_detail.since", "since"),
        QT_TRANSLATE_NOOP("audit_detail.source", "source"),
        QT_TRANSLATE_NOOP("term.yes", "yes"),
        QT_TRANSLATE_NOOP("term.no", "no"),
        # -- kiosk settings and the staff PIN (kiosk.services.kiosk_prefs, staff_pin) ----------
        QT_TRANSLATE_NOOP(
            "position.malformed", "{value} is not a position; write it as PAVILION/POSITION"
        ),
        QT_TRANSLATE_NOOP(
            "position.unknown", "{value} is not a position on the maps (known: {known})"
        ),
        QT_TRANSLATE_NOOP(
            "position.none_known",
            "{value} is not a position on the maps (known: none: the content pack names no positions)",
        ),
        QT_TRANSLATE_NOOP("position.both", "position: give a position or --clear, not both"),
        QT_TRANSLATE_NOOP("settings.kiosk_id_empty", "The kiosk id must not be empty."),
        QT_TRANSLATE_NOOP(
            "settings.kiosk_id_chars",
            "The kiosk id may hold only letters, digits, '.', '_' and '-'.",
        ),
        QT_TRANSLATE_NOOP(
            "settings.kiosk_id_long", "The kiosk id must have at most {max} characters."
        ),
        QT_TRANSLATE_NOOP(
            "settings.idle_range", "The idle time must be between {min} and {max} seconds."
        ),
        QT_TRANSLATE_NOOP("pin.digits", "the PIN must be digits only"),
        QT_TRANSLATE_NOOP("pin.short", "the PIN must have at least {min} digits"),
        QT_TRANSLATE_NOOP("pin.long", "the PIN must have at most {max} digits"),
        QT_TRANSLATE_NOOP("pin.repeat", "the PIN must not repeat one digit"),
        QT_TRANSLATE_NOOP(
            "pin.run",
            "the PIN must not climb or fall in equal steps, such as 123456, 654321 or 135791",
        ),
        QT_TRANSLATE_NOOP(
            "pin.varied",
            "the PIN must use at least 3 different digits, none in more than half the places (not 000001 or 121211)",
        ),
        QT_TRANSLATE_NOOP(
            "pin.pattern",
            "the PIN must not repeat a group of digits (121212, 123123, 112233) or read the same backwards (123321)",
        ),
        QT_TRANSLATE_NOOP(
            "pin.common", "the PIN is one of the most common PINs; choose one nobody would guess"
        ),
        # -- exports (kiosk.ui.staff.exporting: ExportFailed.reason; the zip password) ---------
        QT_TRANSLATE_NOOP("export.full", "The drive is full."),
        QT_TRANSLATE_NOOP("export.read_only", "The drive is read-only."),
        QT_TRANSLATE_NOOP("export.gone", "The drive is no longer there. Was it pulled out?"),
        QT_TRANSLATE_NOOP("export.failed", "The export failed."),
        QT_TRANSLATE_NOOP("export.zip_short", "At least {min} characters."),
        QT_TRANSLATE_NOOP("export.zip_differ", "The two passwords differ."),
        QT_TRANSLATE_NOOP(
            "export.zip_hint", "Give the password to the recipient separately, never on the drive."
        ),
        # -- wipes (kiosk.services.wipe) and failures shown on a staff panel --------------------
        QT_TRANSLATE_NOOP(
            "wipe.no_export",
            "wipe refused: no verified export of the leads to a drive exists; export them first, or wipe everything by typing '{phrase}' to confirm that they will be lost",
        ),
        QT_TRANSLATE_NOOP(
            "wipe.no_export_others",
            "wipe refused: no verified export of the leads to a drive exists; export them first, or wipe everything by typing '{phrase}' to confirm that they will be lost; exports to a folder on the kiosk's own disk (--internal), of one exhibitor, or made before drives were checked do not count",
        ),
        QT_TRANSLATE_NOOP(
            "wipe.backlog_refused",
            "wipe refused: {waiting} lead(s) have not reached the central pool yet and would never get there once wiped; the pool refused rows of {refused} of them (see 'kiosk sync --status' for why): fix the cause, run 'kiosk sync --replay', then wipe",
        ),
        QT_TRANSLATE_NOOP(
            "wipe.backlog",
            "wipe refused: {waiting} lead(s) have not reached the central pool yet and would never get there once wiped; connect the kiosk to the pool and run 'kiosk sync' (or wait for the running kiosk to send them), then wipe",
        ),
        QT_TRANSLATE_NOOP(
            "wipe.confirm",
            "wipe refused: type '{phrase}' exactly to confirm that leads not exported will be lost",
        ),
        QT_TRANSLATE_NOOP("staff.failure", "{detail}"),
        QT_TRANSLATE_NOOP("audit.export.encrypted", "Leads exported in an encrypted zip"),
        QT_TRANSLATE_NOOP("audit.leads.wipe.started", "Wipe of leads started"),
        QT_TRANSLATE_NOOP(
            "audit.leads.purge.started", "Deletion of leads past the retention period started"
        ),
        QT_TRANSLATE_NOOP("audit.matching.confirm", "Meeting confirmed"),
        QT_TRANSLATE_NOOP("audit.matching.cancel", "Meeting cancelled"),
        QT_TRANSLATE_NOOP("audit.matching.no_show", "Meeting marked as a no-show"),
        QT_TRANSLATE_NOOP("audit.matching.move", "Meeting moved"),
        QT_TRANSLATE_NOOP("audit_detail.meeting", "meeting"),
        QT_TRANSLATE_NOOP("audit_detail.before", "before"),
        QT_TRANSLATE_NOOP("audit_detail.kiosk", "kiosk"),
        # -- business matching (kiosk.domain.matching, kiosk.services.matching) ----------------
        QT_TRANSLATE_NOOP(
            "booking.not_taking_part", "{exhibitor} does not take part in business matching"
        ),
        QT_TRANSLATE_NOOP(
            "booking.no_such_slot",
            "{exhibitor} has no meeting slot at {when} (times are the event's, {zone})",
        ),
        QT_TRANSLATE_NOOP(
            "booking.slot_over", "the slot at {when} is already over by this kiosk's clock"
        ),
        QT_TRANSLATE_NOOP("booking.slot_full", "{exhibitor} is fully booked at {when}"),
        QT_TRANSLATE_NOOP(
            "booking.one_per_exhibitor", "the visitor already has a meeting with {exhibitor}"
        ),
        QT_TRANSLATE_NOOP("booking.same_time", "the visitor already has a meeting at {when}"),
        QT_TRANSLATE_NOOP("booking.no_matching", "this event has no business matching sessions"),
        QT_TRANSLATE_NOOP("meeting.pending", "Pending confirmation"),
        QT_TRANSLATE_NOOP("meeting.confirmed", "Confirmed"),
        QT_TRANSLATE_NOOP("meeting.cancelled", "Cancelled"),
        QT_TRANSLATE_NOOP("meeting.no_show", "No-show"),
        QT_TRANSLATE_NOOP("meeting.conflict", "Conflict: table given to another visitor"),
        QT_TRANSLATE_NOOP("term.meeting.pending", "pending"),
        QT_TRANSLATE_NOOP("term.meeting.confirmed", "confirmed"),
        QT_TRANSLATE_NOOP("term.meeting.cancelled", "cancelled"),
        QT_TRANSLATE_NOOP("term.meeting.no_show", "a no-show"),
        QT_TRANSLATE_NOOP("term.meeting.conflict", "in conflict"),
        QT_TRANSLATE_NOOP("meeting.confirm", "confirmed"),
        QT_TRANSLATE_NOOP("meeting.cancel", "cancelled"),
        QT_TRANSLATE_NOOP("meeting.mark_no_show", "marked as a no-show"),
        QT_TRANSLATE_NOOP(
            "matching.cannot_change", "meeting {meeting} is {status}; it cannot be {action}"
        ),
        QT_TRANSLATE_NOOP("matching.other_event", "the meeting's event is not the one loaded"),
        QT_TRANSLATE_NOOP(
            "matching.not_movable", "meeting {meeting} is {status}; only a booked one moves"
        ),
    )
)
