# The help of the command line: what each command and option is for.
# The texts of src/i18n/parts/help.rs.
