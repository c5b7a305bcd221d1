"""What every window and page needs: the application, the session, the read models."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.gui.privacy import Masker
from desktop.gui.readmodels import ReadModelSource
from desktop.gui.settings import Preferences
from domain.services.app import Berjasa
from domain.services.permissions import Action
from domain.services.session import Session


@dataclass
class GuiContext:
    app: Berjasa
    session: Session
    source: ReadModelSource
    preferences: Preferences

    @property
    def masker(self) -> Masker:
        """How identifiers are shown to this session's role (masked for auditors)."""
        return Masker.for_session(self.app, self.session)

    def may(self, action: Action) -> bool:
        """Whether to offer `action`: the role allows it and we are not in the past."""
        if self.source.travelling:
            return False
        return self.app.authoriser.may(self.session, action)

    def after_write(self) -> None:
        self.source.refresh_after_write()
