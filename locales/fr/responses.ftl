# Responses, drafts and answers files: reading, checking and storing them.
# The texts of src/i18n/parts/responses.rs.
