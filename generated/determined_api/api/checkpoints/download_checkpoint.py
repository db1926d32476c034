from http import HTTPStatus
from io import BytesIO
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...types import (
    CallOptions,
    File,
    Request,
    Response,
    decode_json,
)

if TYPE_CHECKING:
    from ...models.api_error import ApiError


def _get_kwargs(
    checkpoint_uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/checkpoints/{checkpoint_uuid}".format(
            checkpoint_uuid=quote(str(checkpoint_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> "ApiError | File":
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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

    if response.status_code == 404:
        _response_404 = decode_json(response.content)
        if not isinstance(_response_404, dict):
            raise TypeError(f"response_404: expected object, got {type(_response_404).__name__}")
        response_404 = _models.ApiError.from_dict(_response_404)

        return response_404

    _response_default = decode_json(response.content)
    if not isinstance(_response_default, dict):
        raise TypeError(f"response_default: expected object, got {type(_response_default).__name__}")
    response_default = _models.ApiError.from_dict(_response_default)

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> "Response[ApiError | File]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    checkpoint_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> "Response[ApiError | File]":
    """Download a checkpoint's files

     Every file of the checkpoint as one archive, read from checkpoint storage through the master. The
    `Accept` header picks the format: `application/x-tar` (the default), `application/gzip` (tar.gz) or
    `application/zip`. Served outside the `/api/v1` prefix.

    Args:
        checkpoint_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | File]
    """

    kwargs = _get_kwargs(
        checkpoint_uuid=checkpoint_uuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    checkpoint_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> "ApiError | File | None":
    """Download a checkpoint's files

     Every file of the checkpoint as one archive, read from checkpoint storage through the master. The
    `Accept` header picks the format: `application/x-tar` (the default), `application/gzip` (tar.gz) or
    `application/zip`. Served outside the `/api/v1` prefix.

    Args:
        checkpoint_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | File
    """

    return sync_detailed(
        checkpoint_uuid=checkpoint_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    checkpoint_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> "Response[ApiError | File]":
    """Download a checkpoint's files

     Every file of the checkpoint as one archive, read from checkpoint storage through the master. The
    `Accept` header picks the format: `application/x-tar` (the default), `application/gzip` (tar.gz) or
    `application/zip`. Served outside the `/api/v1` prefix.

    Args:
        checkpoint_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | File]
    """

    kwargs = _get_kwargs(
        checkpoint_uuid=checkpoint_uuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    checkpoint_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> "ApiError | File | None":
    """Download a checkpoint's files

     Every file of the checkpoint as one archive, read from checkpoint storage through the master. The
    `Accept` header picks the format: `application/x-tar` (the default), `application/gzip` (tar.gz) or
    `application/zip`. Served outside the `/api/v1` prefix.

    Args:
        checkpoint_uuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | File
    """

    return (
        await asyncio_detailed(
            checkpoint_uuid=checkpoint_uuid,
            client=client,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> "File":
    response_200 = File(payload=BytesIO(response.content))

    return response_200


def request(
    checkpoint_uuid: str,
    **options: Unpack[CallOptions],
) -> "Request[File]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        checkpoint_uuid=checkpoint_uuid,
    )
    kwargs.setdefault("headers", {})["Accept"] = "application/x-tar, application/gzip, application/zip"
    return Request("download_checkpoint", kwargs, _parse_ok, options)
