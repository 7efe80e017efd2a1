"""An offline patient handbook: treating prostate cancer that has spread to the bones.

The core package (everything outside ``handbook.ui``) never imports Qt.
"""

__version__ = "0.1.0"
