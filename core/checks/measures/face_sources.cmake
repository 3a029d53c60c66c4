# Filled in as the checks land.
