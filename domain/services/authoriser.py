"""Who may do what, checked against the store on every call: the one authoriser every
context service shares.

A `Session` only names the signed-in user: the authoriser re-reads the user's role and
state from the store each time, so a role change or a disabled account takes effect at
once, on every workstation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from domain.errors import PermissionDeniedError
from domain.limits import REASON, check_length
from domain.model.common import Stamp, require_reason
from domain.model.ids import user_id
from domain.model.pengguna import Pengguna
from domain.services.base import BerjasaApplication
from domain.services.permissions import Action, is_allowed
from domain.services.session import Session

T = TypeVar("T")


@dataclass(frozen=True)
class Reader:
    """A caller allowed to read what a query answers, and what it may see of it: NIKs,
    phones and birth dates whole (`full_nik`) or masked (`shown`)."""

    session: Session
    full_nik: bool

    def shown(self, result: T) -> T:
        from domain.privacy import mask_personal

        if self.full_nik:
            return result
        masked: T = mask_personal(result)
        return masked


class Authoriser:
    """Permission checks for the signed-in user of a `Session`, read from `application`."""

    def __init__(self, application: BerjasaApplication) -> None:
        self.application = application

    def authorise(self, session: Session, action: Action, reason: str = "") -> Stamp:
        """The stamp events will carry, once the caller's current role allows `action`."""
        return self._authorised(session, action, reason)[0]

    def _authorised(self, session: Session, action: Action, reason: str) -> tuple[Stamp, str]:
        """The stamp, and the role that allowed `action` (read once from the store)."""
        role = self.current_role(session)
        if not is_allowed(role, action):
            raise PermissionDeniedError(
                "permission.denied",
                role=role,
                action=action.value,
                action_en=action.name.lower().replace("_", " "),
            )
        text = " ".join(reason.split())
        # Checked before anything is saved: an event keeps its reason for ever, and every
        # report must be able to print it.
        check_length(text, "alasan", REASON)
        return Stamp(session.username, session.workstation, text), role

    def current_role(self, session: Session) -> str:
        """The session's user's role as the store records it now ("-" when the account is
        unknown or disabled: it may do nothing)."""
        user = self.application.find(user_id(session.username), Pengguna)
        return user.role if user is not None and user.active else "-"

    def may(self, session: Session, action: Action) -> bool:
        return is_allowed(self.current_role(session), action)

    def reader(self, session: Session, action: Action = Action.READ,
               reason: str = "") -> Reader:
        """`session` as a reader of a query `action` allows (refused like `authorise`),
        seeing full NIKs if the same reading of its role allows that too."""
        role = self._authorised(session, action, reason)[1]
        return Reader(session, is_allowed(role, Action.VIEW_FULL_NIK))

    def shown_to(self, session: Session, result: T) -> T:
        """`result` as `session` may see it: NIK and phone masked unless the role may see
        them in full (Action.VIEW_FULL_NIK)."""
        from domain.privacy import mask_personal

        if self.may(session, Action.VIEW_FULL_NIK):
            return result
        masked: T = mask_personal(result)
        return masked

    def may_backdate(self, session: Session, retroactive: bool, stamp: Stamp) -> bool:
        """Whether this command may start coverage before its day of recording: asked
        for (`retroactive`, with a reason) by a supervisor or admin."""
        if not retroactive or not self.may(session, Action.ENROL_RETROACTIVE):
            return False
        require_reason(stamp)
        return True
