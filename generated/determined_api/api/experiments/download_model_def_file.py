from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Unpack
from urllib.parse import quote

import httpx

from ... import models as _models
from ...client import AuthenticatedClient, Client
from ...types import UNSET, CallOptions, Request, Response, decode_json

if TYPE_CHECKING:
    from ...models.api_error import ApiError


def _get_kwargs(
    experiment_id: int,
    *,
    path: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path"] = path

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/experiments/{experiment_id}/file/download".format(
            experiment_id=quote(str(experiment_id), safe=""),
        ),
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> "Response[ApiError | str]":
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    experiment_id: int,
    *,
    client: AuthenticatedClient | Client,
    path: str,
) -> "Response[ApiError | str]":
    """Download one model definition file

     The content of the file at `path` in the experiment's model definition, as `text/plain`. Served
    outside the `/api/v1` prefix.

    Args:
        experiment_id (int):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | str]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        path=path,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    experiment_id: int,
    *,
    client: AuthenticatedClient | Client,
    path: str,
) -> "ApiError | str | None":
    """Download one model definition file

     The content of the file at `path` in the experiment's model definition, as `text/plain`. Served
    outside the `/api/v1` prefix.

    Args:
        experiment_id (int):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | str
    """

    return sync_detailed(
        experiment_id=experiment_id,
        client=client,
        path=path,
    ).parsed


async def asyncio_detailed(
    experiment_id: int,
    *,
    client: AuthenticatedClient | Client,
    path: str,
) -> "Response[ApiError | str]":
    """Download one model definition file

     The content of the file at `path` in the experiment's model definition, as `text/plain`. Served
    outside the `/api/v1` prefix.

    Args:
        experiment_id (int):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | str]
    """

    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        path=path,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    experiment_id: int,
    *,
    client: AuthenticatedClient | Client,
    path: str,
) -> "ApiError | str | None":
    """Download one model definition file

     The content of the file at `path` in the experiment's model definition, as `text/plain`. Served
    outside the `/api/v1` prefix.

    Args:
        experiment_id (int):
        path (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | str
    """

    return (
        await asyncio_detailed(
            experiment_id=experiment_id,
            client=client,
            path=path,
        )
    ).parsed


def _parse_ok(response: httpx.Response) -> "str":
    response_200 = response.text
    if type(response_200) is not str:
        raise TypeError(f"response_200: expected str, got {type(response_200).__name__}")

    return response_200


def request(
    experiment_id: int,
    *,
    path: str,
    **options: Unpack[CallOptions],
) -> "Request[str]":
    """This operation, for determined_client.Session.call: its success answer."""
    kwargs = _get_kwargs(
        experiment_id=experiment_id,
        path=path,
    )
    kwargs.setdefault("headers", {})["Accept"] = "text/plain"
    return Request("download_model_def_file", kwargs, _parse_ok, options)
