"""The client wizard: the pages a client walks through, and the window that holds them."""
