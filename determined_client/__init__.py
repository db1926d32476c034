"""determined-client: the hand-written layer over the generated Determined API client."""

from ._config import hash_password
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    DeterminedError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._prefer import Prefer
from ._retry import RetryPolicy
from ._session import DEFAULT_TIMEOUT, USER_AGENT, AsyncSession, Session
from ._token_cache import TokenCache
from ._version import __version__

__all__ = [
    "DEFAULT_TIMEOUT",
    "USER_AGENT",
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncSession",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DeterminedError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "Prefer",
    "RateLimitError",
    "RetryPolicy",
    "Session",
    "TokenCache",
    "UnprocessableEntityError",
    "__version__",
    "hash_password",
]
