from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...models.patch_model_version import PatchModelVersion
from ...types import CallOptions, Request, Response, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError
    from ...models.patch_model_version_response import PatchModelVersionResponse


def _get_kwargs(
    model_name: str,
    model_version_num: int,
    *,
    body: PatchModelVersion,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/models/{model_name}/versions/{model_version_num}".format(
            model_name=quote(str(model_name), safe=""),
            model_version_num=quote(str(model_version_num), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> "ApiError | PatchModelVersionResponse":
    if response.status_code == 200:
        _response_200 = decode_json(response.content)
        if not isinstance(_response_200, dict):
            raise TypeError(f"response_200: expected object, got {type(_response_200).__name__}")
        response_200 = _models.PatchModelVersionResponse.from_dict(_response_200)

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
) -> "Response[ApiError | PatchModelVersionResponse]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_name: str,
    model_version_num: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchModelVersion,
) -> "Response[ApiError | PatchModelVersionResponse]":
    """Update a model version

     Change a version's name, comment, labels, metadata or notes; fields left out stay as they are.
    Answers the updated version.

    Args:
        model_name (str):
        model_version_num (int):
        body (PatchModelVersion): The changes patchModelVersion makes; only the fields present are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PatchModelVersionResponse]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        model_version_num=model_version_num,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_name: str,
    model_version_num: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchModelVersion,
) -> "ApiError | PatchModelVersionResponse | None":
    """Update a model version

     Change a version's name, comment, labels, metadata or notes; fields left out stay as they are.
    Answers the updated version.

    Args:
        model_name (str):
        model_version_num (int):
        body (PatchModelVersion): The changes patchModelVersion makes; only the fields present are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PatchModelVersionResponse
    """

    return sync_detailed(
        model_name=model_name,
        model_version_num=model_version_num,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    model_name: str,
    model_version_num: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchModelVersion,
) -> "Response[ApiError | PatchModelVersionResponse]":
    """Update a model version

     Change a version's name, comment, labels, metadata or notes; fields left out stay as they are.
    Answers the updated version.

    Args:
        model_name (str):
        model_version_num (int):
        body (PatchModelVersion): The changes patchModelVersion makes; only the fields present are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PatchModelVersionResponse]
    """

    kwargs = _get_kwargs(
        model_name=model_name,
        model_version_num=model_version_num,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_name: str,
    model_version_num: int,
    *,
    client: AuthenticatedClient | Client,
    body: PatchModelVersion,
) -> "ApiError | PatchModelVersionResponse | None":
    """Update a model version

     Change a version's name, comment, labels, metadata or notes; fields left out stay as they are.
    Answers the updated version.

    Args:
        model_name (str):
        model_version_num (int):
        body (PatchModelVersion): The changes patchModelVersion makes; only the fields present are
            changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PatchModelVersionResponse
    """

    return (
        await asyncio_detailed(
            model_name=model_name,
            model_version_num=model_version_num,
            client=client,
            body=body,
        )
    ).parsed


def _from_json(data: Any) -> "PatchModelVersionResponse":
    if not isinstance(data, dict):
        raise TypeError(f"response_200: expected object, got {type(data).__name__}")
    response_200 = _models.PatchModelVersionResponse.from_dict(data)

    return response_200


def _parse_ok(response: httpx.Response) -> "PatchModelVersionResponse":
    return _from_json(decode_json(response.content))


def request(
    model_name: str,
    model_version_num: int,
    *,
    body: PatchModelVersion,
    **options: Unpack[CallOptions],
) -> "Request[PatchModelVersionResponse]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        model_name=model_name,
        model_version_num=model_version_num,
        body=body,
    )
    return Request("patch_model_version", kwargs, _parse_ok, options, _from_json)
