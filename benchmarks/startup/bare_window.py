"""The bare window the start-up benchmark (``handbook/bench/startup.py``) holds the handbook against:
a PySide6 main window of the handbook's size (1280×800, ``handbook/ui/main_window.py``) with a tree and a
text view, nothing else. ``--screenshot FILE`` shows it, grabs it into a PNG and exits.

It runs as a script and imports nothing of the handbook: importing the handbook's packages would cost
the bare window time and flatter the ratio.
"""

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem

app = QApplication(sys.argv[:1])
window = QMainWindow()
splitter = QSplitter(Qt.Orientation.Horizontal)
tree = QTreeWidget()
tree.setHeaderHidden(True)
for group in range(3):
    parent = QTreeWidgetItem(tree, [f"Group {group + 1}"])
    for item in range(10):
        QTreeWidgetItem(parent, [f"Topic {group + 1}.{item + 1}"])
tree.expandAll()
text = QTextBrowser()
text.setHtml("<h1>Title</h1>" + "<p>" + "A few plain words of a page. " * 40 + "</p>" * 4)
splitter.addWidget(tree)
splitter.addWidget(text)
splitter.setSizes([340, 940])
window.setCentralWidget(splitter)
window.resize(1280, 800)
window.show()
if len(sys.argv) > 2 and sys.argv[1] == "--screenshot":
    app.processEvents()
    if not window.grab().save(sys.argv[2], "PNG"):
        sys.exit(1)
    sys.exit(0)
sys.exit(app.exec())
