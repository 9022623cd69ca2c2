# The survey's screens: prompts, hints, the review, drafts.
# The texts of src/i18n/parts/survey.rs.
