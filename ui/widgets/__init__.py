"""Touch widgets: buttons, question fields, the on-screen keyboard, the signature pad."""
