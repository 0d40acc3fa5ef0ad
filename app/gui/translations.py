"""The interface language: Simplified Chinese, Traditional Chinese or English.

Qt's own translations (the buttons of standard dialogs, context menus of text fields) follow
the same language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.gui.paths import TRANSLATIONS

_installed: list[QTranslator] = []


def resolve_language(language: str, locale: QLocale | None = None) -> str:
    """``system`` becomes zh_CN, zh_TW or en from the locale; others stay as they are.

    Hong Kong and Macau follow Traditional Chinese; other Chinese locales Simplified.
    """
    if language != "system":
        return language
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    if locale.script() == QLocale.Script.TraditionalChineseScript or locale.territory() in (
            QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macau):
        return "zh_TW"
    return "zh_CN"


def install_language(language: str) -> str:
    """Install the translation for ``language``; returns the language in effect."""
    application = QCoreApplication.instance()
    for translator in _installed:
        application.removeTranslator(translator)
    _installed.clear()
    resolved = resolve_language(language)
    if resolved != "en":
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for path in (str(TRANSLATIONS / f"duizhao_{resolved}.qm"),
                     f"{qt_translations}/qtbase_{resolved}.qm"):
            translator = QTranslator(application)
            if translator.load(path):
                application.installTranslator(translator)
                _installed.append(translator)
    return resolved
