# Questionnaire files: loading them, and every problem validation finds.
# The texts of src/i18n/parts/questionnaire.rs.
