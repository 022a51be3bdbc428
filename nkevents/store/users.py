"""Reviewers: names and argon2-hashed passwords."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, select

from nkevents.errors import QueryError
from nkevents.store.records import User
from nkevents.store.review import now
from nkevents.store.schema import users

ROLES = ("reviewer", "admin")
_hasher = PasswordHasher()


def add_user(conn: Connection, name: str, password: str, role: str) -> User:
    """Create or replace a user."""
    if not name.strip() or not password:
        raise QueryError("a user needs a name and a password")
    if role not in ROLES:
        raise QueryError(f"role {role!r} is not one of: {', '.join(ROLES)}")
    conn.execute(users.delete().where(users.c.name == name))
    row = {"name": name, "password_hash": _hasher.hash(password), "role": role, "created_at": now()}
    conn.execute(users.insert().values(**row))
    return User(name, role, row["created_at"])


def verify(conn: Connection, name: str, password: str) -> User | None:
    """The user when the password matches, else None."""
    row = conn.execute(select(users).where(users.c.name == name)).mappings().first()
    if row is None:
        return None
    try:
        _hasher.verify(row["password_hash"], password)
    except (VerificationError, InvalidHashError):
        return None
    return User(row["name"], row["role"], row["created_at"])


def list_users(conn: Connection) -> list[User]:
    """Every user, by name."""
    rows = conn.execute(
        select(users.c.name, users.c.role, users.c.created_at).order_by(users.c.name)
    )
    return [User(*r) for r in rows]
