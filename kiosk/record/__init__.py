"""One typed record of a consultation: what was asked, screened, planned and told the client."""
