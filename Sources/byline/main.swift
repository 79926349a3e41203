import Byline
print("byline")
