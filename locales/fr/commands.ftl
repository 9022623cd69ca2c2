# Evaluations and commands: their errors, and the output of validate, demo, list and show.
# The texts of src/i18n/parts/commands.rs.
