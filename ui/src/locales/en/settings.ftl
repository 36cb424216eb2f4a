# Settings.
settings-language-title = Language
settings-language-label = Show { $name } in
settings-language-system = The system’s language ({ $language })
settings-language-hint = The screens, the library, the worksheets and the unlock screen follow this choice at once. It is kept on this computer.
settings-language-saved = Saved. Every screen now shows this language.
