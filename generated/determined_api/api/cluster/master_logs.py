from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...types import UNSET, CallOptions, Response, StreamRequest, Unset, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.master_logs_response import MasterLogsResponse
    from ...models.master_logs_stream_line import MasterLogsStreamLine


def _get_kwargs(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    follow: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params["follow"] = follow

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/master/logs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | MasterLogsStreamLine":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.MasterLogsStreamLine.from_dict(_response_200)

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "Response[ApiError | MasterLogsStreamLine]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    follow: bool | Unset = UNSET,
) -> "Response[ApiError | MasterLogsStreamLine]":
    """Stream the master's logs

     The master's own log lines, oldest first. Answers newline-delimited JSON: one `{"result":
    {"logEntry": ...}}` per line, or a line `{"error": ...}`. With `follow` the stream stays open and
    sends new lines as the master writes them, until the client disconnects; without it, the stream ends
    after the lines that exist.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        follow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MasterLogsStreamLine]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        follow=follow,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    follow: bool | Unset = UNSET,
) -> "ApiError | MasterLogsStreamLine | None":
    """Stream the master's logs

     The master's own log lines, oldest first. Answers newline-delimited JSON: one `{"result":
    {"logEntry": ...}}` per line, or a line `{"error": ...}`. With `follow` the stream stays open and
    sends new lines as the master writes them, until the client disconnects; without it, the stream ends
    after the lines that exist.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        follow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MasterLogsStreamLine
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        follow=follow,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    follow: bool | Unset = UNSET,
) -> "Response[ApiError | MasterLogsStreamLine]":
    """Stream the master's logs

     The master's own log lines, oldest first. Answers newline-delimited JSON: one `{"result":
    {"logEntry": ...}}` per line, or a line `{"error": ...}`. With `follow` the stream stays open and
    sends new lines as the master writes them, until the client disconnects; without it, the stream ends
    after the lines that exist.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        follow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | MasterLogsStreamLine]
    """

    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        follow=follow,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    follow: bool | Unset = UNSET,
) -> "ApiError | MasterLogsStreamLine | None":
    """Stream the master's logs

     The master's own log lines, oldest first. Answers newline-delimited JSON: one `{"result":
    {"logEntry": ...}}` per line, or a line `{"error": ...}`. With `follow` the stream stays open and
    sends new lines as the master writes them, until the client disconnects; without it, the stream ends
    after the lines that exist.

    Args:
        offset (int | Unset):
        limit (int | Unset):
        follow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | MasterLogsStreamLine
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            follow=follow,
        )
    ).parsed


def _parse_result(data: Any) -> "MasterLogsResponse":
    if not isinstance(data, dict):
        raise TypeError(f"MasterLogsStreamLine.result: expected object, got {type(data).__name__}")
    return _models.MasterLogsResponse.from_dict(data)


def request(
    *,
    offset: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    follow: bool | Unset = UNSET,
    **options: Unpack[CallOptions],
) -> "StreamRequest[MasterLogsResponse]":
    """This operation, for determined_client.Session.stream: each line's result."""
    kwargs = _get_kwargs(
        offset=offset,
        limit=limit,
        follow=follow,
    )
    return StreamRequest("master_logs", kwargs, _parse_result, options)
