import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...types import UNSET, CallOptions, Request, Response, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError


def _get_kwargs(
    *,
    timestamp_after: datetime.datetime,
    timestamp_before: datetime.datetime,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_timestamp_after = timestamp_after.isoformat()
    params["timestamp_after"] = json_timestamp_after

    json_timestamp_before = timestamp_before.isoformat()
    params["timestamp_before"] = json_timestamp_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/resources/allocation/allocations-csv",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> "ApiError | str":
    if response.status_code == 200:
        response_200 = response.text
        if type(response_200) is not str:
            raise TypeError(f"response_200: expected str, got {type(response_200).__name__}")

        return response_200

    if response.status_code == 400:
        _response_400 = decode_json(response.content)
        if not isinstance(_response_400, dict):
            raise TypeError(f"response_400: expected object, got {type(_response_400).__name__}")
        response_400 = _models.ApiError.from_dict(_response_400)

        return response_400

    if response.status_code == 401:
        _response_401 = decode_json(response.content)
        if not isinstance(_response_401, dict):
            raise TypeError(f"response_401: expected object, got {type(_response_401).__name__}")
        response_401 = _models.ApiError.from_dict(_response_401)

        return response_401

    if response.status_code == 403:
        _response_403 = decode_json(response.content)
        if not isinstance(_response_403, dict):
            raise TypeError(f"response_403: expected object, got {type(_response_403).__name__}")
        response_403 = _models.ApiError.from_dict(_response_403)

        return response_403

    _response_default = decode_json(response.content)
    if not isinstance(_response_default, dict):
        raise TypeError(f"response_default: expected object, got {type(_response_default).__name__}")
    response_default = _models.ApiError.from_dict(_response_default)

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> "Response[ApiError | str]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    timestamp_after: datetime.datetime,
    timestamp_before: datetime.datetime,
) -> "Response[ApiError | str]":
    """Download resource use per allocation as CSV

     A CSV file (`text/csv`) with one row per allocation that ran between `timestamp_after` and
    `timestamp_before` (RFC 3339). Served outside the `/api/v1` prefix.

    Args:
        timestamp_after (datetime.datetime):
        timestamp_before (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | str]
    """

    kwargs = _get_kwargs(
        timestamp_after=timestamp_after,
        timestamp_before=timestamp_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    timestamp_after: datetime.datetime,
    timestamp_before: datetime.datetime,
) -> "ApiError | str | None":
    """Download resource use per allocation as CSV

     A CSV file (`text/csv`) with one row per allocation that ran between `timestamp_after` and
    `timestamp_before` (RFC 3339). Served outside the `/api/v1` prefix.

    Args:
        timestamp_after (datetime.datetime):
        timestamp_before (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | str
    """

    return sync_detailed(
        client=client,
        timestamp_after=timestamp_after,
        timestamp_before=timestamp_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    timestamp_after: datetime.datetime,
    timestamp_before: datetime.datetime,
) -> "Response[ApiError | str]":
    """Download resource use per allocation as CSV

     A CSV file (`text/csv`) with one row per allocation that ran between `timestamp_after` and
    `timestamp_before` (RFC 3339). Served outside the `/api/v1` prefix.

    Args:
        timestamp_after (datetime.datetime):
        timestamp_before (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | str]
    """

    kwargs = _get_kwargs(
        timestamp_after=timestamp_after,
        timestamp_before=timestamp_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    timestamp_after: datetime.datetime,
    timestamp_before: datetime.datetime,
) -> "ApiError | str | None":
    """Download resource use per allocation as CSV

     A CSV file (`text/csv`) with one row per allocation that ran between `timestamp_after` and
    `timestamp_before` (RFC 3339). Served outside the `/api/v1` prefix.

    Args:
        timestamp_after (datetime.datetime):
        timestamp_before (datetime.datetime):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            timestamp_after=timestamp_after,
            timestamp_before=timestamp_before,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> "str":
    response_200 = response.text
    if type(response_200) is not str:
        raise TypeError(f"response_200: expected str, got {type(response_200).__name__}")

    return response_200


def request(
    *,
    timestamp_after: datetime.datetime,
    timestamp_before: datetime.datetime,
    **options: Unpack[CallOptions],
) -> "Request[str]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        timestamp_after=timestamp_after,
        timestamp_before=timestamp_before,
    )
    kwargs.setdefault("headers", {})["Accept"] = "text/csv"
    return Request("get_allocations_csv", kwargs, _parse_ok, options)
