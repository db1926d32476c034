from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.post_checkpoint_metadata_request import PostCheckpointMetadataRequest
from ...types import CallOptions, Request, Response, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.post_checkpoint_metadata_response import PostCheckpointMetadataResponse


def _get_kwargs(
    checkpoint_uuid: str,
    *,
    body: PostCheckpointMetadataRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/checkpoints/{checkpoint_uuid}/metadata".format(
            checkpoint_uuid=quote(str(checkpoint_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | PostCheckpointMetadataResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.PostCheckpointMetadataResponse.from_dict(_response_200)

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "Response[ApiError | PostCheckpointMetadataResponse]":
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
    body: PostCheckpointMetadataRequest,
) -> "Response[ApiError | PostCheckpointMetadataResponse]":
    """Replace a checkpoint's metadata

     Set the checkpoint's user metadata to the `metadata` object sent (keys left out are removed); the
    files are not touched. Answers the updated checkpoint.

    Args:
        checkpoint_uuid (str):
        body (PostCheckpointMetadataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PostCheckpointMetadataResponse]
    """

    kwargs = _get_kwargs(
        checkpoint_uuid=checkpoint_uuid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    checkpoint_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostCheckpointMetadataRequest,
) -> "ApiError | PostCheckpointMetadataResponse | None":
    """Replace a checkpoint's metadata

     Set the checkpoint's user metadata to the `metadata` object sent (keys left out are removed); the
    files are not touched. Answers the updated checkpoint.

    Args:
        checkpoint_uuid (str):
        body (PostCheckpointMetadataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PostCheckpointMetadataResponse
    """

    return sync_detailed(
        checkpoint_uuid=checkpoint_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    checkpoint_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostCheckpointMetadataRequest,
) -> "Response[ApiError | PostCheckpointMetadataResponse]":
    """Replace a checkpoint's metadata

     Set the checkpoint's user metadata to the `metadata` object sent (keys left out are removed); the
    files are not touched. Answers the updated checkpoint.

    Args:
        checkpoint_uuid (str):
        body (PostCheckpointMetadataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PostCheckpointMetadataResponse]
    """

    kwargs = _get_kwargs(
        checkpoint_uuid=checkpoint_uuid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    checkpoint_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: PostCheckpointMetadataRequest,
) -> "ApiError | PostCheckpointMetadataResponse | None":
    """Replace a checkpoint's metadata

     Set the checkpoint's user metadata to the `metadata` object sent (keys left out are removed); the
    files are not touched. Answers the updated checkpoint.

    Args:
        checkpoint_uuid (str):
        body (PostCheckpointMetadataRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PostCheckpointMetadataResponse
    """

    return (
        await asyncio_detailed(
            checkpoint_uuid=checkpoint_uuid,
            client=client,
            body=body,
        )
    ).parsed


def _from_json(data: Any) -> "PostCheckpointMetadataResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.PostCheckpointMetadataResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "PostCheckpointMetadataResponse":
    return _from_json(decode_json(response.content))


def request(
    checkpoint_uuid: str,
    *,
    body: PostCheckpointMetadataRequest,
    **options: Unpack[CallOptions],
) -> "Request[PostCheckpointMetadataResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        checkpoint_uuid=checkpoint_uuid,
        body=body,
    )
    return Request("post_checkpoint_metadata", kwargs, _parse_ok, options, _from_json)
